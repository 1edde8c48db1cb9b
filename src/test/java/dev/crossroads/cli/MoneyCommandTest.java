package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.questions.Fact;
import dev.crossroads.questions.Facts;
import dev.crossroads.DisplayWidth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyCommandTest {
  private static final String EN = "docs/examples/grad-school-money.json";
  private static final String KO = "docs/examples/grad-school-money-ko.json";
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void printsSettingsYearsChartBreakEvenAndDatedFacts() {
    CommandRun run = CommandRun.of("money", EN);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Money over 10 years", "your own figures", "Discount rate  3% a year")
        .contains("What each option assumes (millions of KRW)", "the criterion \"10-year net worth\"")
        .contains("conservative", "optimistic", "Cumulative", "Discounted")
        .contains("Cumulative net income (millions of KRW)", "A Master's in Korea with a lab stipend")
        .contains("When one catches up", "(conservative..optimistic)", "not within 10 years");
    // The year-1 row of the job: 45,000,000 net, cumulative and 45,000,000 / 1.03 discounted.
    assertThat(run.out()).containsPattern("(?m)^ +1 +45\\.0 +45\\.0 +43\\.7 +52\\.0 +52\\.0 +50\\.5$");
  }

  @Test
  void showsTheFactsOfThePlansTopicsWithTheirDates() {
    CommandRun run = CommandRun.of("money", EN);

    List<Fact> expected = Facts.builtIn().about(List.of("money", "military"));
    assertThat(expected).isNotEmpty();
    for (Fact fact : expected) {
      assertThat(run.out()).contains("As of " + fact.asOf() + ": " + firstWords(fact.text("en")));
    }
    assertThat(run.out()).contains("rules change: check them before relying on them");
  }

  @Test
  void factsFollowTheFactsOptionAndNoneHidesThem() {
    assertThat(CommandRun.of("money", EN, "--facts", "none").out()).doesNotContain("As of ");
    CommandRun visas = CommandRun.of("money", EN, "--facts", "visa");
    for (Fact fact : Facts.builtIn().about(List.of("visa"))) {
      assertThat(visas.out()).contains("As of " + fact.asOf() + ": " + firstWords(fact.text("en")));
    }
  }

  @Test
  void koreanProfilesAreShownInKoreanWithKoreanFacts() {
    CommandRun run = CommandRun.of("money", KO);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("10년 동안의 돈", "단위는 백만 원", "보수적", "낙관적", "언제 따라잡나");
    Fact fact = Facts.builtIn().about(List.of("money")).get(0);
    assertThat(run.out()).contains(fact.asOf() + " 기준: " + firstWords(fact.text("ko")));
  }

  @Test
  void langOverridesTheProfilesLanguage() {
    assertThat(CommandRun.of("money", KO, "--lang", "en").out()).contains("Money over 10 years");
  }

  @ParameterizedTest(name = "{0} --width {1} {2}")
  @CsvSource({
    "docs/examples/grad-school-money.json, 80, --no-color",
    "docs/examples/grad-school-money-ko.json, 80, --no-color",
    "docs/examples/grad-school-money.json, 80, --ascii",
    "docs/examples/grad-school-money-ko.json, 80, --ascii",
    "docs/examples/grad-school-money.json, 50, --no-color",
    "docs/examples/grad-school-money-ko.json, 40, --no-color",
    "docs/examples/grad-school-money.json, 120, --no-color"
  })
  void everyLineFitsTheWidth(String file, int width, String flag) {
    CommandRun run = CommandRun.of("money", file, "--width", String.valueOf(width), flag);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    for (String line : run.out().split("\n")) {
      assertThat(DisplayWidth.of(line)).as("[%s]", line).isLessThanOrEqualTo(width);
    }
  }

  @Test
  void asciiOutputUsesNoBoxDrawingCharacters() {
    String out = CommandRun.of("money", EN, "--ascii").out();

    assertThat(out).doesNotContainPattern("[\\u2500-\\u259F]");
    assertThat(CommandRun.of("money", EN).out()).containsPattern("[\\u2500-\\u257F]");
  }

  @Test
  void outputThatIsNotATerminalHasNoColour() {
    CommandRun run = CommandRun.of(Map.of("LANG", "en_US.UTF-8", "NO_COLOR", "1"), "money", EN);

    assertThat(run.out()).doesNotContain("\u001b[");
  }

  @Test
  void koreanYearTablesLineUpByDisplayWidth() {
    String out = CommandRun.of("money", KO, "--width", "80").out();
    List<String> rows = tableRows(out);

    assertThat(rows).hasSizeGreaterThanOrEqualTo(3 * 11);
    // Every header and year row of a table ends in the same column: the numbers are right-aligned.
    int end = DisplayWidth.of(rows.get(0));
    for (String row : rows) {
      assertThat(DisplayWidth.of(row)).as("[%s]", row).isEqualTo(end);
    }
  }

  @Test
  void jsonCarriesEveryYearOfEveryOptionAndEveryBreakEven() throws IOException {
    CommandRun run = CommandRun.of("money", EN, "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode json = mapper.readTree(run.out());

    assertThat(json.path("format").asText()).isEqualTo("crossroads.money/1");
    assertThat(json.path("settings").path("horizonYears").asInt()).isEqualTo(10);
    assertThat(json.path("settings").path("currency").asText()).isEqualTo("KRW");
    assertThat(json.path("criterion").path("id").asText()).isEqualTo("networth");
    assertThat(json.path("criterion").path("label").asText()).isEqualTo("10-year net worth");
    assertThat(json.path("options")).hasSize(3);
    for (JsonNode option : json.path("options")) {
      for (String side : new String[] {"conservative", "optimistic"}) {
        JsonNode years = option.path(side).path("years");
        assertThat(years).hasSize(10);
        double sum = 0;
        for (JsonNode year : years) {
          sum += year.path("netCashFlow").asDouble();
          assertThat(year.path("cumulative").asDouble()).isCloseTo(sum, within(1e-6));
        }
        assertThat(option.path(side).path("netIncome").asDouble()).isCloseTo(sum, within(1e-6));
      }
    }
    // Every ordered pair, plain and discounted.
    assertThat(json.path("breakEvens")).hasSize(3 * 2 * 2);
    for (JsonNode band : json.path("breakEvens")) {
      for (String side : new String[] {"conservative", "optimistic"}) {
        JsonNode end = band.path(side);
        assertThat(end.path("reached").isBoolean()).isTrue();
        if (end.path("reached").asBoolean()) {
          assertThat(end.path("exactYear").asDouble()).isBetween(end.path("year").asDouble() - 1, end.path("year").asDouble());
        }
      }
    }
    assertThat(json.path("facts").size()).isEqualTo(Facts.builtIn().about(List.of("money", "military")).size());
    assertThat(json.path("facts").get(0).path("asOf").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void horizonAndDiscountOptionsOverrideTheProfile() throws IOException {
    JsonNode json = mapper.readTree(
        CommandRun.of("money", EN, "--format", "json", "--horizon", "15", "--discount", "0").out());

    assertThat(json.path("settings").path("horizonYears").asInt()).isEqualTo(15);
    JsonNode job = json.path("options").get(1).path("conservative");
    assertThat(job.path("years")).hasSize(15);
    assertThat(job.path("netPresentValue").asDouble()).isCloseTo(job.path("netIncome").asDouble(), within(1e-6));
  }

  @Test
  void badOptionsAreUsageErrors() {
    CommandRun horizon = CommandRun.of("money", EN, "--horizon", "0");
    assertThat(horizon.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(horizon.err()).contains("--horizon");
    assertThat(CommandRun.of("money", EN, "--discount", "1.5").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aProfileWithoutMoneyIsExplained() {
    CommandRun run = CommandRun.of("money", "docs/examples/grad-school.json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.DATA);
    assertThat(run.err()).contains("has no money view").doesNotContain("Exception");
  }

  @ParameterizedTest(name = "--lang {0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "ko"})
  void helpListsEveryOptionWithoutWarnings(String lang) {
    CommandRun run = CommandRun.of("money", "--help", "--lang", lang);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--horizon", "--discount", "--format", "--facts", "--width", "--ascii", "3%")
        .doesNotContain("%n", "WARN");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"help.properties", "help_ko.properties"})
  void moneyHelpTextsEscapePercentSignsForPicocli(String bundle) throws IOException {
    // picocli formats descriptions with String.format: a lone % makes it print a warning instead.
    for (String line : Files.readAllLines(Path.of("src/main/resources/dev/crossroads/cli", bundle))) {
      if (line.startsWith("money.") || line.startsWith("crossroads.money.")) {
        assertThat(line.replace("%%", "").replace("%n", "")).as(line).doesNotContain("%");
      }
    }
  }

  @Test
  void aMissingFileExitsWithNoInput() {
    assertThat(CommandRun.of("money", "no-such-profile.json").exitCode()).isEqualTo(ExitCode.NO_INPUT);
  }

  @Test
  void analyzeRanksWithTheMoneyViewAndMovesWhenASalaryChanges(@TempDir Path dir) throws IOException {
    String original = Files.readString(Path.of(EN), StandardCharsets.UTF_8);
    Path richer = dir.resolve("richer.json");
    // Only the job's salary in the money model changes: 45..52M becomes 90..110M.
    Files.writeString(richer, replaceOnce(original,
        "{\"conservative\": 45000000, \"optimistic\": 52000000}",
        "{\"conservative\": 90000000, \"optimistic\": 110000000}"), StandardCharsets.UTF_8);

    JsonNode before = mapper.readTree(CommandRun.of("analyze", EN, "--format", "json").out());
    JsonNode after = mapper.readTree(CommandRun.of("analyze", richer.toString(), "--format", "json").out());

    assertThat(wsmScore(after, "industry")).isGreaterThan(wsmScore(before, "industry"));
    assertThat(before.path("winner").asText()).isEqualTo("masters");
    assertThat(after.path("winner").asText()).isEqualTo("industry");
  }

  @Test
  void aHigherOptimisticSalaryAfterTheDegreeRaisesItsScore(@TempDir Path dir) throws IOException {
    String original = Files.readString(Path.of(EN), StandardCharsets.UTF_8);
    Path lower = dir.resolve("lower.json");
    Files.writeString(lower, replaceOnce(original,
        "{\"conservative\": 55000000, \"optimistic\": 70000000}",
        "{\"conservative\": 55000000, \"optimistic\": 56000000}"), StandardCharsets.UTF_8);

    double high = wsmScore(mapper.readTree(CommandRun.of("analyze", EN, "--format", "json").out()), "masters");
    double low = wsmScore(mapper.readTree(CommandRun.of("analyze", lower.toString(), "--format", "json").out()), "masters");

    assertThat(high).isGreaterThan(low);
  }

  private static double wsmScore(JsonNode analysis, String option) {
    for (JsonNode row : analysis.path("methods").path("wsm").path("ranking")) {
      if (row.path("option").asText().equals(option)) {
        return row.path("score").asDouble();
      }
    }
    throw new AssertionError("no WSM score for " + option);
  }

  private static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    assertThat(at).as(from).isNotNegative();
    assertThat(text.indexOf(from, at + 1)).as("%s occurs once", from).isNegative();
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  /** Header and year rows of the year tables: lines starting with the year header or a year. */
  private static List<String> tableRows(String out) {
    List<String> rows = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.matches("^ {2}연차 .*") || line.matches("^ +\\d+[* ] +-?[\\d,]+\\.\\d .*")) {
        rows.add(line);
      }
    }
    return rows;
  }

  private static String firstWords(String text) {
    String[] words = text.split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(4, words.length)));
  }
}
