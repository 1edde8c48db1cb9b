package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code analyze} and {@code money} take a saved profile's name as well as a file; a path with a
 * slash or a .json ending is always a file, and when there is neither they say so in one line.
 * (A file of the same name in the current folder wins: see CommandLineIT, which can choose the
 * folder it runs in.)
 */
class SavedProfileArgumentTest {
  @TempDir Path home;

  private Map<String, String> env() {
    return Map.of("LANG", "en_US.UTF-8", "HOME", home.toString(),
        "CROSSROADS_HOME", home.resolve("crossroads").toString());
  }

  @BeforeEach
  void savedProfiles() {
    assertThat(CommandRun.of(env(), "import", "docs/examples/grad-school.json", "--name", "grad")
        .exitCode()).isZero();
    assertThat(CommandRun.of(env(), "import", "docs/examples/grad-school-money.json", "--name",
        "grad-money").exitCode()).isZero();
  }

  @Test
  void analyzeTakesASavedProfileByName() {
    CommandRun byName = CommandRun.of(env(), "analyze", "grad", "--format", "json");
    CommandRun byFile =
        CommandRun.of(env(), "analyze", "docs/examples/grad-school.json", "--format", "json");

    assertThat(byName.exitCode()).as(byName.toString()).isZero();
    assertThat(byName.out()).isEqualTo(byFile.out());
  }

  @Test
  void moneyTakesASavedProfileByName() {
    CommandRun byName = CommandRun.of(env(), "money", "grad-money", "--format", "json");

    assertThat(byName.exitCode()).as(byName.toString()).isZero();
    assertThat(byName.out()).isEqualTo(CommandRun.of(env(), "money",
        "docs/examples/grad-school-money.json", "--format", "json").out());
  }

  @Test
  void theHomeOptionChoosesWhereSavedProfilesAreLookedFor() {
    Map<String, String> elsewhere = Map.of("LANG", "en_US.UTF-8", "HOME", home.toString());
    CommandRun run = CommandRun.of(elsewhere, "analyze", "grad", "--home",
        home.resolve("crossroads").toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Grad school (master's) or industry now");
  }

  @Test
  void aScenarioOfASavedProfileIsAnalyzedByName() {
    CommandRun added = CommandRun.of(env(), "scenario", "add", "grad", "fun-first", "--set",
        "weight.fun=60");
    assertThat(added.exitCode()).as(added.toString()).isZero();

    CommandRun run = CommandRun.of(env(), "analyze", "grad", "--scenario", "fun-first");

    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"grad.json", "./grad", "profiles/grad"})
  void aPathWithASlashOrAJsonEndingIsAlwaysAFile(String argument) {
    CommandRun run = CommandRun.of(env(), "analyze", argument);

    assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
    assertThat(run.err()).contains("There is no file at " + argument);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"analyze", "money"})
  void neitherAFileNorASavedProfileIsOneLineAndExit66(String command) {
    CommandRun run = CommandRun.of(env(), command, "gard");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
    assertThat(run.err().lines()).as(run.toString()).hasSize(1);
    assertThat(run.err()).contains("\"gard\"", "no saved profile", "crossroads profiles");
  }

  @Test
  void helpSaysAnalyzeTakesANameOrAFile() {
    assertThat(CommandRun.of("analyze", "--help").out()).contains("PROFILE", "saved profile");
  }
}
