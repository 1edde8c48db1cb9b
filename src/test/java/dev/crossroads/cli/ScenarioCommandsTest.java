package dev.crossroads.cli;

import dev.crossroads.DisplayWidth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scenario add/list/remove and compare through the command line, as a person types them. */
class ScenarioCommandsTest {
  @TempDir Path dir;
  private Map<String, String> env;

  @BeforeEach
  void importTheExample() {
    env = Map.of("LANG", "en_US.UTF-8", "CROSSROADS_HOME", dir.toString());
    CommandRun run =
        CommandRun.of(env, "import", "src/test/resources/cli/issue-example.json", "--name", "grad");
    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  private CommandRun run(String... args) {
    return CommandRun.of(env, args);
  }

  @Test
  void addSavesTheScenarioAndListAndCompareShowWhatItChanges() {
    CommandRun add =
        run("scenario", "add", "grad", "scholarship",
            "--set", "rating.masters.salary=55,000,000..70,000,000", "--set", "weight.growth=80",
            "--description", "If I get the scholarship");
    assertThat(add.exitCode()).as(add.toString()).isZero();
    assertThat(add.out()).contains("Added scenario \"scholarship\" to \"grad\"");

    CommandRun list = run("scenario", "list", "grad", "--width", "120");
    assertThat(list.out())
        .contains("scholarship", "If I get the scholarship", "weights: growth 80")
        .contains("masters.salary 55,000,000..70,000,000");

    CommandRun compare = run("compare", "grad", "--width", "120");
    assertThat(compare.exitCode()).as(compare.toString()).isZero();
    assertThat(compare.out())
        .contains("Base", "scholarship", "Growth weighs 62% instead of 50%.")
        .contains(
            "Master's in Korea on Salary in 3 years: 55,000,000 to 70,000,000 KRW instead of 60,000,000 KRW.");
  }

  @Test
  void aScenarioThatFlipsTheWinnerIsCalledOutInItsSectionAndTheTakeaways() {
    // Years until full-time work is where the job leads; weighed heavily, the job comes first.
    run("scenario", "add", "grad", "years-matter", "--set", "weight.years=80");

    CommandRun compare = run("compare", "grad", "years-matter");

    assertThat(compare.out())
        .contains("The winner changes: Industry job now instead of Master's in Korea.")
        .contains("The winner stays Master's in Korea in 0 of 1 scenarios.")
        .contains("If \"years-matter\": Industry job now takes over.");
  }

  @Test
  void aDescriptionReadsAsTheConditionInTheTakeaway() {
    run("scenario", "add", "grad", "years-matter", "--set", "weight.years=80",
        "--description", "If I want to earn soon");

    assertThat(run("compare", "grad").out()).contains("If I want to earn soon: Industry job now takes over.");
  }

  @Test
  void compareNamesOnlyTheScenariosAskedFor() {
    run("scenario", "add", "grad", "a", "--set", "weight.growth=60");
    run("scenario", "add", "grad", "b", "--set", "weight.growth=40");

    CommandRun compare = run("compare", "grad", "b");

    assertThat(compare.out()).contains("Scenario \"b\"").doesNotContain("Scenario \"a\"");
  }

  @Test
  void compareWithoutScenariosSaysHowToAddOne() {
    CommandRun compare = run("compare", "grad");
    assertThat(compare.exitCode()).isZero();
    assertThat(compare.out()).contains("no scenarios yet", "crossroads scenario add");
  }

  @Test
  void compareAsJsonListsCellsPerColumnAndWhatEachScenarioChanges() throws IOException {
    run("scenario", "add", "grad", "years-matter", "--set", "weight.years=80",
        "--set", "rating.industry.growth=5..7");
    CommandRun run = run("compare", "grad", "--format", "json");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("format").asText()).isEqualTo("crossroads.compare/1");
    assertThat(json.path("columns").size()).isEqualTo(2);
    assertThat(json.path("columns").get(1).path("winner").asText()).isEqualTo("industry");
    assertThat(json.path("options").get(0).path("cells").size()).isEqualTo(2);
    JsonNode change = json.path("changes").get(0);
    assertThat(change.path("outcome").asText()).isEqualTo("new_winner");
    assertThat(change.path("winnerChanged").asBoolean()).isTrue();
    assertThat(change.path("weights").get(0).path("criterion").asText()).isEqualTo("growth");
    assertThat(change.path("ratings").get(0).path("after").path("low").asDouble()).isEqualTo(5);
  }

  @Test
  void compareAsMarkdownHasATableAndASectionPerScenario() {
    run("scenario", "add", "grad", "x", "--set", "weight.growth=10");
    CommandRun run = run("compare", "grad", "--format", "markdown");
    assertThat(run.out())
        .contains("# Scenarios compared: Grad school or industry")
        .contains("| Option | Base | x |")
        .contains("## Scenario \"x\"")
        .contains("## Takeaways");
  }

  @Test
  void compareFitsTheWidthAskedFor() {
    for (String name : new String[] {"first-what-if", "second-what-if", "third-what-if", "fourth-what-if"}) {
      run("scenario", "add", "grad", name, "--set", "weight.growth=" + (10 + name.length()));
    }
    CommandRun run = run("compare", "grad", "--width", "60");
    for (String line : run.out().split("\n")) {
      assertThat(dev.crossroads.DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(60);
    }
    // Too many to sit beside each other at 60 columns: shown in groups, each next to the base.
    assertThat(run.out().split("Option", -1)).hasSizeGreaterThan(2);
  }

  @Test
  void removeAsksOnATerminalAndNeedsYesWithoutOne() {
    run("scenario", "add", "grad", "x", "--set", "weight.growth=10");

    CommandRun refused = run("scenario", "remove", "grad", "x");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("--yes");
    CommandRun removed = run("scenario", "remove", "grad", "x", "--yes");
    assertThat(removed.exitCode()).isZero();
    assertThat(run("scenario", "list", "grad").out()).contains("no scenarios yet");
  }

  @Test
  void badAssignmentsAreUsageErrorsNamingTheSetAndNothingIsSaved() throws IOException {
    Path file = dir.resolve("profiles/grad.json");
    byte[] before = Files.readAllBytes(file);
    for (String set : new String[] {"rating.masters.growth=11", "weight.nothing=5", "nothing=5", "rating.masters=5"}) {
      CommandRun run = run("scenario", "add", "grad", "bad", "--set", set);
      assertThat(run.exitCode()).as(set + "\n" + run).isEqualTo(2);
      assertThat(run.err()).contains("--set " + set).doesNotContain("\tat ");
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aDuplicateScenarioNameIsRefusedUnlessReplaced() throws IOException {
    run("scenario", "add", "grad", "x", "--set", "weight.growth=10");
    byte[] before = Files.readAllBytes(dir.resolve("profiles/grad.json"));

    CommandRun again = run("scenario", "add", "grad", "x", "--set", "weight.growth=20");
    assertThat(again.exitCode()).isEqualTo(73);
    assertThat(again.err()).contains("already has a scenario \"x\"", "--replace");
    assertThat(Files.readAllBytes(dir.resolve("profiles/grad.json"))).isEqualTo(before);

    assertThat(run("scenario", "add", "grad", "x", "--set", "weight.growth=20", "--replace").exitCode())
        .isZero();
    assertThat(run("scenario", "list", "grad").out()).contains("growth 20").doesNotContain("growth 10");
  }

  @Test
  void withoutSetAndWithoutATerminalThereIsNobodyToAsk() {
    CommandRun run = run("scenario", "add", "grad", "x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--set");
  }

  @Test
  void theScenarioIsKeptInTheProfileFileAndAnalyzeReadsIt() {
    run("scenario", "add", "grad", "years-matter", "--set", "weight.years=80");
    CommandRun export = run("export", "grad");
    assertThat(export.out()).contains("\"scenarios\"", "\"years-matter\"");
  }

  @Test
  void aLockHeldByAnotherProcessStopsAScenarioBeingAdded() throws Exception {
    Process holder =
        dev.crossroads.store.JavaProcess.start(
            dev.crossroads.store.LockHolder.class, dir.resolve("profiles").toString(), "grad");
    try {
      var out =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(
                  holder.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("locked");
      byte[] before = Files.readAllBytes(dir.resolve("profiles/grad.json"));

      CommandRun run = run("scenario", "add", "grad", "x", "--set", "weight.growth=1");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(75);
      assertThat(run.err()).contains("grad").doesNotContain("\tat ");
      assertThat(Files.readAllBytes(dir.resolve("profiles/grad.json"))).isEqualTo(before);
    } finally {
      holder.destroyForcibly();
      holder.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }
  }
}
