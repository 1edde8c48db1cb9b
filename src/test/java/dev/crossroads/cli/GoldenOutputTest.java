package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.report.DisplayWidth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The text summary and the scenario comparison, in English and Korean at 80 and 120 columns,
 * against files reviewed by eye. Rewrite them after an intended change with
 * {@code mvn test -Dtest=GoldenOutputTest -Dcrossroads.updateGolden=true}, then read the diff.
 */
class GoldenOutputTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("crossroads.updateGolden");

  @TempDir Path home;

  @ParameterizedTest(name = "{0} summary at {1} columns")
  @CsvSource({"en, 80", "en, 120", "ko, 80", "ko, 120"})
  void theSummaryMatchesItsGoldenFile(String lang, int width) throws IOException {
    String file = lang.equals("ko") ? "grad-school-ko.json" : "grad-school.json";
    CommandRun run = CommandRun.of(Map.of("LANG", "en_US.UTF-8"),
        "analyze", "src/test/resources/cli/" + file, "--width", String.valueOf(width));
    assertThat(run.exitCode()).as(run.toString()).isZero();
    check("summary-" + lang + "-" + width + ".txt", run.out(), width);
  }

  @ParameterizedTest(name = "{0} comparison at {1} columns")
  @CsvSource({"en, 80", "en, 120", "ko, 80", "ko, 120"})
  void theComparisonMatchesItsGoldenFile(String lang, int width) throws IOException {
    String file = lang.equals("ko") ? "grad-school-ko.json" : "grad-school.json";
    Map<String, String> env = Map.of("LANG", "en_US.UTF-8", "CROSSROADS_HOME", home.toString());
    assertThat(CommandRun.of(env, "import", "src/test/resources/cli/" + file, "--name", "grad").exitCode()).isZero();
    CommandRun run = CommandRun.of(env, "compare", "grad", "--width", String.valueOf(width));
    assertThat(run.exitCode()).as(run.toString()).isZero();
    check("compare-" + lang + "-" + width + ".txt", run.out(), width);
  }

  private static void check(String name, String actual, int width) throws IOException {
    for (String line : actual.split("\n", -1)) {
      assertThat(DisplayWidth.of(line)).as("%s: [%s]", name, line).isLessThanOrEqualTo(width);
      assertThat(line).as("%s has no colour codes", name).doesNotContain("\u001b[");
    }
    Path golden = GOLDEN.resolve(name);
    if (UPDATE || !Files.exists(golden)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      assertThat(UPDATE).as("golden file %s was missing and has been written; review it and run again", name).isTrue();
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
