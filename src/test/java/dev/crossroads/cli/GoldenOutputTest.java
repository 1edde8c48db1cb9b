package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.DisplayWidth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The text summary and the comparisons, in English and Korean at 80 and 120 columns, against
 * files read by eye. After an intended change, rewrite them with
 * {@code mvn -o test -Dtest=GoldenOutputTest -Dcrossroads.updateGolden=true} and read the diff.
 */
class GoldenOutputTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path INPUTS = Path.of("src/test/resources/cli");
  private static final boolean UPDATE = Boolean.getBoolean("crossroads.updateGolden");

  @TempDir Path home;

  @ParameterizedTest(name = "{0} summary at {1} columns")
  @CsvSource({"en, 80", "en, 120", "ko, 80", "ko, 120"})
  void theSummaryMatchesItsGoldenFile(String lang, int width) throws IOException {
    CommandRun run =
        CommandRun.of(
            Map.of("LANG", "en_US.UTF-8"),
            "analyze", INPUTS.resolve(input(lang, "")).toString(), "--width", String.valueOf(width));
    check("summary-" + lang + "-" + width + ".txt", run, width);
  }

  @ParameterizedTest(name = "{0} scenarios compared at {1} columns")
  @CsvSource({"en, 80", "en, 120", "ko, 80", "ko, 120"})
  void theScenarioComparisonMatchesItsGoldenFile(String lang, int width) throws IOException {
    Map<String, String> env = env();
    importProfile(env, input(lang, ""), "grad");
    CommandRun run = CommandRun.of(env, "compare", "grad", "--width", String.valueOf(width));
    check("compare-" + lang + "-" + width + ".txt", run, width);
  }

  @ParameterizedTest(name = "{0} profiles compared at {1} columns")
  @CsvSource({"en, 80", "en, 120", "ko, 80", "ko, 120"})
  void theProfileComparisonMatchesItsGoldenFile(String lang, int width) throws IOException {
    Map<String, String> env = env();
    importProfile(env, input(lang, ""), "mine");
    importProfile(env, input(lang, "-mentor"), "mentor");
    CommandRun run =
        CommandRun.of(env, "compare", "mine", "--with", "mentor", "--width", String.valueOf(width));
    check("compare-with-" + lang + "-" + width + ".txt", run, width);
  }

  private Map<String, String> env() {
    return Map.of("LANG", "en_US.UTF-8", "CROSSROADS_HOME", home.toString());
  }

  private static String input(String lang, String suffix) {
    return (lang.equals("ko") ? "grad-school-ko" : "grad-school") + suffix + ".json";
  }

  private static void importProfile(Map<String, String> env, String file, String name) {
    CommandRun run = CommandRun.of(env, "import", INPUTS.resolve(file).toString(), "--name", name);
    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  private static void check(String name, CommandRun run, int width) throws IOException {
    assertThat(run.exitCode()).as(run.toString()).isZero();
    String actual = run.out();
    for (String line : actual.split("\n", -1)) {
      assertThat(DisplayWidth.of(line))
          .as("%s: every line fits %d columns: [%s]", name, width, line)
          .isLessThanOrEqualTo(width);
      assertThat(line).as("%s: no colour when output is not a terminal", name).doesNotContain("\u001b[");
    }
    Path file = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file (create it with -Dcrossroads.updateGolden=true)").exists();
    assertThat(actual)
        .as("%s (rewrite with -Dcrossroads.updateGolden=true after an intended change)", name)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
