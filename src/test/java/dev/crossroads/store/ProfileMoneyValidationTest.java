package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Bad figures in a profile's money object fail like every other profile problem: exit code 65
 * and a line naming the file, line and column. Each case edits the English money example; the ▶
 * marks where the problem must be reported and is removed before parsing.
 */
class ProfileMoneyValidationTest {
  private static final String MARK = "▶";

  private final ProfileReader reader = new ProfileReader();
  private final Messages english = new Messages(Locale.ENGLISH);

  @Test
  void aNegativeTuitionIsReportedAtTheNumber() {
    expect(edit("\"tuitionPerYear\": 4000000", "\"tuitionPerYear\": ▶-4000000"),
        "money.options.masters.tuitionPerYear must not be negative, found -4000000");
  }

  @Test
  void aModelForAnUnknownOptionIsReportedAtItsName() {
    expect(edit("      \"industry\": {\n        \"studyYears\": 0,", "      ▶\"phd\": {\n        \"studyYears\": 0,"),
        "unknown option \"phd\"; the options are: masters, industry, sponsored");
  }

  @Test
  void aConservativeSalaryAboveTheOptimisticOneIsReportedAtTheSalary() {
    expect(edit("{\"conservative\": 45000000, \"optimistic\": 52000000}",
            "▶{\"conservative\": 62000000, \"optimistic\": 52000000}"),
        "money.options.industry.salary has its conservative end 62000000 above its optimistic end 52000000");
  }

  @Test
  void aMissingSalaryIsReportedAtTheModel() {
    expect(edit("      \"industry\": {\n", "      \"industry\": ▶{\n")
            .replace("\"salary\": {\"conservative\": 45000000, \"optimistic\": 52000000},\n", ""),
        "missing required field \"salary\" in money.options.industry");
  }

  @Test
  void everyOptionNeedsAModelWhenTheMoneyViewRatesACriterion() {
    String text = MONEY_EXAMPLE.replaceFirst("(?s)      \"industry\": \\{.*?\\n      \\},\\n", "");
    String marked = text.replace("    \"options\": {\n      \"masters\"", "    \"options\": ▶{\n      \"masters\"");
    expect(marked, "option \"industry\" has no money model, but criterion \"networth\" is rated from the money view");
  }

  @Test
  void theCriterionFedByTheMoneyViewMustExist() {
    expect(edit("\"criterion\": \"networth\"", "\"criterion\": ▶\"wealth\""),
        "unknown criterion \"wealth\"; the criteria are: growth, market-fit, fun, freedom, networth");
  }

  @Test
  void theCriterionFedByTheMoneyViewMustBeAQuantity() {
    expect(edit("\"criterion\": \"networth\"", "\"criterion\": ▶\"growth\""),
        "criterion \"growth\" is rated from the money view, so it must be a benefit criterion with a quantity scale");
  }

  @Test
  void aProbabilityAboveOneIsReportedAtTheNumber() {
    expect(edit("\"probability\": 0.3", "\"probability\": ▶1.3"),
        "money.options.sponsored.obligations[0].probability must be between 0 and 1, found 1.3");
  }

  @Test
  void serviceYearsMustBeWholeNumbers() {
    expect(edit("\"requiredServiceYears\": 4", "\"requiredServiceYears\": ▶4.5"),
        "money.options.sponsored.obligations[0].requiredServiceYears must be a whole number, found 4.5");
  }

  @Test
  void anUnknownObligationTypeIsReportedAtTheType() {
    expect(edit("\"type\": \"clawback\"", "\"type\": ▶\"loan\""),
        "obligation type must be \"repayment\" or \"clawback\", found \"loan\"");
  }

  @Test
  void proRataMustBeTrueOrFalse() {
    expect(edit("\"proRata\": true", "\"proRata\": ▶\"yes\""),
        "money.options.sponsored.obligations[0].proRata must be true or false");
  }

  @Test
  void aTypoInAModelFieldIsReportedAtItsName() {
    expect(edit("\"raiseRate\": 0.035", "▶\"raiseRat\": 0.035"),
        "unknown field \"raiseRat\" in money.options.sponsored");
  }

  @Test
  void aRaiseOfMinusOneHundredPercentIsRefused() {
    expect(edit("\"raiseRate\": 0.035", "\"raiseRate\": ▶-1"),
        "money.options.sponsored.raiseRate must be above -1 and at most 1");
  }

  @Test
  void aHorizonOutsideOneToOneHundredYearsIsRefused() {
    expect(edit("\"horizonYears\": 10", "\"horizonYears\": ▶0"),
        "money.horizonYears must be between 1 and 100, found 0");
  }

  @Test
  void anEmptyCurrencyIsRefused() {
    expect(edit("\"currency\": \"KRW\"", "\"currency\": ▶\" \""), "currency must not be empty");
  }

  @Test
  void anUnknownCriterionValueIsRefused() {
    expect(edit("\"criterionValue\": \"cumulative\"", "\"criterionValue\": ▶\"npv\""),
        "criterionValue must be \"cumulative\" or \"presentValue\", found \"npv\"");
  }

  @Test
  void everyMoneyProblemIsReportedInOneRun() {
    String text = reportOf(edit("\"tuitionPerYear\": 4000000", "\"tuitionPerYear\": -1")
        .replace("\"probability\": 0.3", "\"probability\": 2"));
    assertThat(text.lines()).hasSize(2);
  }

  @Test
  void koreanMessagesNameTheSamePlace() {
    String marked = edit("\"tuitionPerYear\": 4000000", "\"tuitionPerYear\": ▶-4000000");
    String text = new Messages(Locale.KOREAN).get(failure(marked.replace(MARK, "")).userMessage());
    assertThat(text).startsWith("money.json:" + markerLocation(marked) + ": ")
        .contains("money.options.masters.tuitionPerYear", "음수");
  }

  static final String MONEY_EXAMPLE = read("docs/examples/grad-school-money.json");

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void expect(String marked, String detail) {
    assertThat(reportOf(marked.replace(MARK, "")))
        .contains("money.json:" + markerLocation(marked) + ": " + detail);
  }

  private String reportOf(String json) {
    return english.get(failure(json).userMessage());
  }

  private Problem failure(String json) {
    Problem failure = catchThrowableOfType(Problem.class, () -> reader.parseProfile(json, "money.json"));
    assertThat(failure).as("expected the profile to be refused").isNotNull();
    assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    return failure;
  }

  private static String markerLocation(String marked) {
    int at = marked.indexOf(MARK);
    assertThat(at).as("the case marks where its problem is").isNotNegative();
    int lineStart = marked.lastIndexOf('\n', at) + 1;
    long line = marked.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    return line + ":" + (at - lineStart + 1);
  }

  /** The money example with one snippet replaced; the snippet must occur exactly once. */
  private static String edit(String from, String to) {
    int at = MONEY_EXAMPLE.indexOf(from);
    assertThat(at).as("snippet %s", from).isNotNegative();
    assertThat(MONEY_EXAMPLE.indexOf(from, at + 1)).as("snippet %s occurs once", from).isNegative();
    return MONEY_EXAMPLE.substring(0, at) + to + MONEY_EXAMPLE.substring(at + from.length());
  }
}
