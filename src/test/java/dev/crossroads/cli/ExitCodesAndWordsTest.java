package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes as documented (65 data, 66 no input, 73 cannot create, 74 I/O, 75 locked) and
 * messages that give the cause as a person would say it, quoting at most 80 characters of what
 * was typed or read.
 */
class ExitCodesAndWordsTest {
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
  void exportOntoADiskThatIsFullIsAnIoErrorSayingSo() {
    assumeTrue(Files.exists(Path.of("/dev/full")), "a Linux /dev/full");
    CommandRun run = run("export", "grad", "-o", "/dev/full");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.IO);
    assertThat(run.err()).isEqualTo("Could not write /dev/full: no space left on device.\n");
  }

  @Test
  void exportIntoAFolderThatIsAFileCannotCreateItAndSaysWhy() throws Exception {
    Path blocker = Files.writeString(dir.resolve("blocker"), "x");
    CommandRun run = run("export", "grad", "-o", blocker.resolve("grad.json").toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.CANT_CREATE);
    assertThat(run.err()).contains("Could not write " + blocker.resolve("grad.json") + ": ")
        .doesNotContain("Exception").doesNotContain("already exists");
  }

  @Test
  void aLockFolderThatIsAFileIsAnIoErrorSayingSoNotAlreadyExists() throws Exception {
    Path locks = dir.resolve("profiles/.locks");
    java.nio.file.Files.walk(locks).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    Files.writeString(locks, "in the way");
    CommandRun run = run("scenario", "add", "grad", "x", "--set", "weight.growth=5");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.IO);
    assertThat(run.err()).contains(locks + " is a file where a folder should be")
        .doesNotContain("already exists").doesNotContain("Exception");
  }

  @Test
  void exportOntoAnExistingFileIsStillCannotCreate() throws Exception {
    Path taken = Files.writeString(dir.resolve("taken.json"), "mine");
    CommandRun run = run("export", "grad", "-o", taken.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.CANT_CREATE);
    assertThat(Files.readString(taken)).isEqualTo("mine");
  }

  @Test
  void aSetValueOf310DigitsIsRefusedAsTooLargeNotAnInternalError() {
    String huge = "1" + "0".repeat(309);
    CommandRun run = run("scenario", "add", "grad", "big", "--set", "rating.masters.salary=" + huge);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("is too large a number; numbers must lie between -10^15 and 10^15")
        .doesNotContain("internal error")
        .doesNotContain("0".repeat(81));
  }

  @Test
  void aSetWeightOf10To15IsTakenAndOnePastItIsRefused() {
    CommandRun ok = run("scenario", "add", "grad", "max", "--set", "weight.growth=1000000000000000");
    assertThat(ok.exitCode()).as(ok.toString()).isZero();
    CommandRun over = run("scenario", "add", "grad", "over", "--set", "weight.growth=1000000000000001");
    assertThat(over.exitCode()).as(over.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(over.err()).contains("1000000000000001 is too large a number");
  }

  @Test
  void aMegabyteSetIsQuotedInAtMost80Characters() {
    String megabyte = "x".repeat(1_000_000);
    CommandRun run = run("scenario", "add", "grad", "big", "--set", "rating." + megabyte + "=1");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(run.rawErr().length()).as("bytes of error").isLessThan(2_000);
  }

  @Test
  void aSetOf1000CharactersIsReadAndALongerOneIsRefusedBeforeItsDotsAreTried() {
    String label = "rating.masters.growth=7" + " ".repeat(1_000 - 23);
    CommandRun ok = run("scenario", "add", "grad", "ok", "--set", label);
    assertThat(ok.exitCode()).as(ok.toString()).isZero();
    String dots = "rating.ML.Sal\n".repeat(2_000);
    long start = System.nanoTime();
    CommandRun run = run("scenario", "add", "grad", "dots", "--set", dots);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("longer than 1000 characters");
    assertThat(millis).isLessThan(2_000);
  }

  @Test
  void aMegabyteProfileNameIsQuotedInAtMost80Characters() {
    CommandRun run = run("show", "n".repeat(1_000_000));
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(run.rawErr().length()).isLessThan(500);
  }

  @Test
  void theFiftyFirstScenarioIsRefusedAndNothingIsSaved() {
    for (int i = 1; i <= 50; i++) {
      CommandRun add = run("scenario", "add", "grad", "s" + i, "--set", "weight.growth=" + i);
      assertThat(add.exitCode()).as(add.toString()).isZero();
    }
    CommandRun over = run("scenario", "add", "grad", "s51", "--set", "weight.growth=51");
    assertThat(over.exitCode()).as(over.toString()).isEqualTo(ExitCode.DATA);
    assertThat(over.err()).contains("51 scenarios; it can keep at most 50");
    assertThat(run("scenario", "list", "grad").out()).doesNotContain("s51");
  }

  @Test
  void aScenarioNameOf201CharactersIsRefused() {
    CommandRun run = run("scenario", "add", "grad", "n".repeat(201), "--set", "weight.growth=5");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.DATA);
    assertThat(run.err()).contains("is 201 characters long; a label, title, name or unit can be at most 200");
  }
}
