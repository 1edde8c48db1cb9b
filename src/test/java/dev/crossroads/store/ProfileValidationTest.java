package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad profile fails with exit code 65 and a line naming the file, the line and
 * column, and what was expected. Each case edits the issue's document; the ▶ in the edit marks
 * where the problem must be reported (it is removed before parsing), and a few cases also spell
 * the location out as numbers.
 */
class ProfileValidationTest {
  private static final String MARK = "▶";

  private final ProfileReader reader = new ProfileReader();
  private final Messages english = new Messages(Locale.ENGLISH);

  @Test
  void aRatingAboveItsScaleIsReportedAtTheNumber() {
    String text = reportOf(edit("\"masters\": {\"growth\": 8", "\"masters\": {\"growth\": ▶12"));
    assertThat(text).contains("grad.json:12:27: rating of \"masters\" on \"growth\" is 12, outside its scale 1..10");
  }

  @Test
  void aRatingBelowItsScaleIsReported() {
    expect(edit("\"masters\": {\"growth\": 8", "\"masters\": {\"growth\": ▶0.5"),
        "rating of \"masters\" on \"growth\" is 0.5, outside its scale 1..10");
  }

  @Test
  void aRangeLowOutsideTheScaleIsReportedAtLow() {
    expect(edit("{\"low\": 5,", "{\"low\": ▶0,"),
        "low of the rating of \"industry\" on \"growth\" is 0, outside its scale 1..10");
  }

  @Test
  void aRangeLikelyOutsideTheScaleIsReportedAtLikely() {
    expect(edit("\"likely\": 6, \"high\": 8", "\"likely\": ▶11, \"high\": 10"),
        "likely of the rating of \"industry\" on \"growth\" is 11, outside its scale 1..10");
  }

  @Test
  void aRangeHighOutsideTheScaleIsReportedAtHigh() {
    expect(edit("\"high\": 8}", "\"high\": ▶10.5}"),
        "high of the rating of \"industry\" on \"growth\" is 10.5, outside its scale 1..10");
  }

  @Test
  void aRangeWithLowAboveHighIsReportedAtTheRange() {
    expect(edit("{\"low\": 5, \"likely\": 6, \"high\": 8}", "▶{\"low\": 8, \"high\": 5}"),
        "range of \"industry\" on \"growth\" runs backwards (8..5)");
  }

  @Test
  void aLikelyValueOutsideItsRangeIsReportedAtLikely() {
    expect(edit("\"likely\": 6", "\"likely\": ▶9"),
        "likely value 9 of \"industry\" on \"growth\" is outside its range 5..8");
  }

  @Test
  void aRangeMissingHighIsReportedAtTheRange() {
    expect(edit("{\"low\": 5, \"likely\": 6, \"high\": 8}", "▶{\"low\": 5}"),
        "missing required field \"high\" in ratings.industry.growth");
  }

  @Test
  void aRatingThatIsNeitherNumberNorRangeIsReported() {
    expect(edit("\"years\": 0}", "\"years\": ▶\"none\"}"),
        "rating of \"industry\" on \"years\" must be a number or a range");
  }

  @Test
  void aRatingOnAnUnknownCriterionIsReportedAtItsName() {
    expect(edit("\"years\": 2}", "\"years\": 2, ▶\"fun\": 3}"),
        "unknown criterion \"fun\"; the criteria are: growth, salary, years");
  }

  @Test
  void ratingsForAnUnknownOptionAreReportedAtItsName() {
    expect(edit("\"ratings\": {\n", "\"ratings\": {\n    ▶\"phd\": {\"growth\": 3},\n"),
        "unknown option \"phd\"; the options are: masters, industry");
  }

  @Test
  void aMissingRatingIsReportedAtTheOptionsRatings() {
    expect(edit("\"masters\": {\"growth\": 8, \"salary\": 60000000, \"years\": 2}",
            "\"masters\": ▶{\"growth\": 8, \"years\": 2}"),
        "option \"masters\" has no rating on \"salary\"");
  }

  @Test
  void anOptionWithoutAnyRatingsIsReportedAtTheRatingsObject() {
    expect(edit("\"ratings\": {\n    \"masters\": {\"growth\": 8, \"salary\": 60000000, \"years\": 2},\n",
            "\"ratings\": ▶{\n"),
        "option \"masters\" has no ratings");
  }

  @Test
  void aDuplicateOptionIdIsReportedAtTheSecondId() {
    expect(edit("{\"id\": \"industry\", \"label\": \"Industry job now\"}", "{\"id\": ▶\"masters\", \"label\": \"Industry job now\"}"),
        "option id \"masters\" is used twice");
  }

  @Test
  void aDuplicateCriterionIdIsReportedAtTheSecondId() {
    expect(edit("{\"id\": \"years\"", "{\"id\": ▶\"salary\""), "criterion id \"salary\" is used twice");
  }

  @Test
  void aValueOfTheWrongTypeIsReportedWithBothTypes() {
    String text = reportOf(edit("\"title\": \"Grad school or industry\"", "\"title\": ▶42"));
    assertThat(text).contains("grad.json:3:12: title must be text, found a number");
  }

  @Test
  void aNestedValueOfTheWrongTypeNamesItsPath() {
    expect(edit("\"min\": 1,", "\"min\": ▶\"1\","), "criteria[0].scale.min must be a number, found text");
  }

  @Test
  void aListWhereAnObjectBelongsIsReported() {
    expect(edit("\"weights\": {\"method\": \"points\", \"points\": {\"growth\": 50, \"salary\": 30, \"years\": 20}}",
            "\"weights\": ▶[50, 30, 20]"),
        "weights must be an object, found a list");
  }

  @Test
  void aMissingFieldIsReportedAtItsObject() {
    expect(edit("{\"id\": \"masters\", \"label\": \"Master's in Korea\"}", "▶{\"id\": \"masters\"}"),
        "missing required field \"label\" in options[0]");
  }

  @Test
  void aMissingTopLevelFieldIsReportedAtTheDocumentStart() {
    String text = reportOf(edit("  \"title\": \"Grad school or industry\",\n", ""));
    assertThat(text).contains("grad.json:1:1: missing required field \"title\" in the document");
  }

  @Test
  void aMissingDirectionIsReportedAtTheCriterion() {
    expect(edit("{\"id\": \"growth\", \"label\": \"Growth\", \"direction\": \"benefit\", ",
            "▶{\"id\": \"growth\", \"label\": \"Growth\", "),
        "missing required field \"direction\" in criteria[0]");
  }

  @Test
  void anUnknownDirectionIsReported() {
    expect(edit("\"direction\": \"cost\"", "\"direction\": ▶\"lower\""),
        "direction must be \"benefit\" or \"cost\", found \"lower\"");
  }

  @Test
  void anUnknownScaleTypeIsReported() {
    expect(edit("{\"type\": \"quantity\", \"unit\": \"KRW\"}", "{\"type\": ▶\"money\", \"unit\": \"KRW\"}"),
        "scale type must be \"rating\" or \"quantity\", found \"money\"");
  }

  @Test
  void aRatingScaleWithMinNotBelowMaxIsReported() {
    expect(edit("{\"type\": \"rating\", \"min\": 1, \"max\": 10}", "▶{\"type\": \"rating\", \"min\": 10, \"max\": 1}"),
        "a rating scale needs min below max, found 10..1");
  }

  @Test
  void quantityEndsThatContradictTheDirectionAreReported() {
    expect(edit("{\"type\": \"quantity\", \"unit\": \"years\"}", "▶{\"type\": \"quantity\", \"unit\": \"years\", \"worst\": 0, \"best\": 3}"),
        "for a cost criterion best must be below worst, found worst 0 and best 3");
  }

  @Test
  void aMisspelledFieldInsideARangeIsReportedAtItsName() {
    expect(edit("\"likely\": 6", "▶\"likley\": 6"),
        "unknown field \"likley\" in ratings.industry.growth; expected one of:");
  }

  @Test
  void aFieldGivenTwiceInOneObjectIsReportedAtTheRepeat() {
    expect(edit("\"title\": \"Grad school or industry\",", "\"title\": \"Grad school or industry\", ▶\"title\": \"Again\","),
        "field \"title\" appears twice in the same object");
  }

  @Test
  void aNegativeWeightIsReportedAtTheNumber() {
    expect(edit("\"salary\": 30", "\"salary\": ▶-30"), "weight of \"salary\" is -30; weights must not be negative");
  }

  @Test
  void weightsThatAddUpToZeroAreReported() {
    expect(edit("{\"growth\": 50, \"salary\": 30, \"years\": 20}", "▶{\"growth\": 0, \"salary\": 0}"),
        "the weights add up to 0");
  }

  @Test
  void pointsForAnUnknownCriterionAreReportedAtItsName() {
    expect(edit("\"years\": 20}", "▶\"yrs\": 20}"), "unknown criterion \"yrs\"");
  }

  @Test
  void anUnknownWeightMethodIsReportedAtTheMethod() {
    expect(edit("\"method\": \"points\"", "\"method\": ▶\"votes\""),
        "unknown weight method \"votes\"; expected points, rank, pairwise or direct");
  }

  @Test
  void aRankOrderNamingAnUnknownCriterionIsReportedAtTheName() {
    expect(weights("{\"method\": \"rank\", \"order\": [\"growth\", ▶\"fun\", \"salary\", \"years\"]}"),
        "unknown criterion \"fun\"");
  }

  @Test
  void aRankOrderLeavingOutACriterionIsReportedAtTheOrder() {
    expect(weights("{\"method\": \"rank\", \"order\": ▶[\"growth\", \"years\"]}"),
        "the rank order leaves out \"salary\"; rank every criterion");
  }

  @Test
  void aRankOrderNamingACriterionTwiceIsReported() {
    expect(weights("{\"method\": \"rank\", \"order\": [\"growth\", \"salary\", \"years\", ▶\"growth\"]}"),
        "criterion \"growth\" appears twice in the rank order");
  }

  @Test
  void aPairwiseJudgementNamingAnUnknownCriterionIsReportedAtTheName() {
    expect(weights(pairwise("{\"a\": \"growth\", \"b\": ▶\"fun\", \"ratio\": 3}")), "unknown criterion \"fun\"");
  }

  @Test
  void aPairwiseRatioAboveNineIsReportedAtTheRatio() {
    expect(weights(pairwise("{\"a\": \"growth\", \"b\": \"years\", \"ratio\": ▶10}")), "ratio 10 is outside 1/9..9");
  }

  @Test
  void aPairwiseRatioBelowOneNinthIsReportedAtTheRatio() {
    expect(weights(pairwise("{\"a\": \"growth\", \"b\": \"years\", \"ratio\": ▶0.1}")), "ratio 0.1 is outside 1/9..9");
  }

  @Test
  void aPairwiseRatioWrittenAsZeroPointOneOneOneIsAccepted() {
    String json = weights(pairwise("{\"a\": \"growth\", \"b\": \"years\", \"ratio\": 0.111}")).replace(MARK, "");
    assertThat(reader.parse(json, "grad.json").weights()).isNotNull();
  }

  @Test
  void aMissingPairwiseJudgementIsReportedAtTheJudgements() {
    expect(weights("{\"method\": \"pairwise\", \"judgements\": ▶[{\"a\": \"growth\", \"b\": \"salary\", \"ratio\": 3}]}"),
        "no judgement compares these pairs: \"growth\"/\"years\", \"salary\"/\"years\"");
  }

  @Test
  void aGateOnAnUnknownCriterionIsReportedAtTheName() {
    expect(top("\"gates\": [{\"criterion\": ▶\"pay\", \"atLeast\": 40000000}],"), "unknown criterion \"pay\"");
  }

  @Test
  void aGateWithoutBoundsIsReported() {
    expect(top("\"gates\": [▶{\"criterion\": \"salary\"}],"), "a gate needs \"atLeast\", \"atMost\" or both");
  }

  @Test
  void aScenarioOverridingAnUnknownOptionIsReported() {
    expect(top("\"scenarios\": [{\"name\": \"scholarship\", \"ratings\": {▶\"phd\": {\"growth\": 9}}}],"),
        "unknown option \"phd\"");
  }

  @Test
  void aScenarioOverridingAnUnknownCriterionIsReported() {
    expect(top("\"scenarios\": [{\"name\": \"scholarship\", \"ratings\": {\"masters\": {▶\"cost\": 0}}}],"),
        "unknown criterion \"cost\"");
  }

  @Test
  void aScenarioWeightingAnUnknownCriterionIsReported() {
    expect(top("\"scenarios\": [{\"name\": \"s\", \"weights\": {\"method\": \"points\", \"points\": {▶\"fun\": 1}}}],"),
        "unknown criterion \"fun\"");
  }

  @Test
  void aScenarioRatingOutsideItsScaleIsReported() {
    expect(top("\"scenarios\": [{\"name\": \"s\", \"ratings\": {\"masters\": {\"growth\": ▶11}}}],"),
        "rating of \"masters\" on \"growth\" is 11, outside its scale 1..10");
  }

  @Test
  void twoScenariosWithOneNameAreReported() {
    expect(top("\"scenarios\": [{\"name\": \"s\"}, {\"name\": ▶\"s\"}],"), "scenario name \"s\" is used twice");
  }

  @Test
  void aBadDeadlineIsReported() {
    expect(top("\"deadline\": ▶\"2026-13-01\","), "deadline must be a date like 2026-03-01, found \"2026-13-01\"");
  }

  @Test
  void aGutRankingNamingAnUnknownOptionIsReported() {
    expect(top("\"gutRanking\": [\"industry\", ▶\"phd\"],"), "unknown option \"phd\"");
  }

  @Test
  void anUnsupportedLanguageIsReported() {
    expect(top("\"language\": ▶\"fr\","), "language must be \"en\" or \"ko\", found \"fr\"");
  }

  @Test
  void unknownTopLevelFieldsAreIgnored() {
    String json = top("\"x-notes\": {\"any\": [1, 2]},").replace(MARK, "");
    assertThat(reader.parse(json, "grad.json").title()).isEqualTo("Grad school or industry");
  }

  @Test
  void aNewerSchemaIsRefusedWithTheVersionInTheMessage() {
    Problem failure = failure(edit("\"schemaVersion\": 1", "\"schemaVersion\": 2").replace(MARK, ""));
    assertThat(english.get(failure.userMessage()))
        .isEqualTo("grad.json:2:20: written by a newer crossroads (schema 2); this version reads schema 1");
  }

  @Test
  void aNewerSchemaIsRefusedEvenWhenTheRestWouldNotLoad() {
    String json = "{\"schemaVersion\": 7, \"options\": \"whatever\"}";
    assertThat(english.get(failure(json).userMessage()))
        .isEqualTo("grad.json:1:19: written by a newer crossroads (schema 7); this version reads schema 1");
  }

  @Test
  void aSchemaVersionBelowOneIsReported() {
    expect(edit("\"schemaVersion\": 1", "\"schemaVersion\": ▶0"), "schemaVersion must be the whole number 1, found 0");
  }

  @Test
  void badJsonSyntaxIsReportedAtJacksonsLocation() {
    String text = reportOf(edit("\"title\": \"Grad school or industry\",", "\"title\": \"Grad school or industry\""));
    assertThat(text).startsWith("grad.json:4:3: not valid JSON: Unexpected character");
  }

  @Test
  void anUnfinishedDocumentIsASyntaxError() {
    String text = english.get(failure("{\n  \"schemaVersion\": 1,\n  \"options\": [\n").userMessage());
    assertThat(text).startsWith("grad.json:4:1: not valid JSON: Unexpected end-of-input");
  }

  @Test
  void anEmptyFileIsReported() {
    assertThat(english.get(failure("  \n").userMessage())).isEqualTo("grad.json:1:1: the file is empty; a profile is a JSON object");
  }

  @Test
  void contentAfterTheProfileIsReportedWhereItStarts() {
    String json = IssueExampleTest.ISSUE + "{}\n";
    assertThat(english.get(failure(json).userMessage()))
        .isEqualTo("grad.json:16:1: unexpected content after the end of the profile");
  }

  @Test
  void aDocumentThatIsNotAnObjectIsReported() {
    assertThat(english.get(failure("[1, 2]").userMessage()))
        .isEqualTo("grad.json:1:1: the document must be an object, found a list");
  }

  @Test
  void manyProblemsAreListedInDocumentOrderAndCappedAtTen() {
    StringBuilder scenarios = new StringBuilder("\"scenarios\": [");
    for (int i = 0; i < 12; i++) {
      scenarios.append(i == 0 ? "" : ",\n    ").append("{\"name\": \"s").append(i).append("\", \"ratings\": {\"nobody\": {}}}");
    }
    String json = top(scenarios + "],").replace(MARK, "")
        .replace("\"growth\": 8,", "\"growth\": 80,");
    ProfileFormatException failure = catchThrowableOfType(ProfileFormatException.class, () -> reader.parse(json, "grad.json"));

    assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    assertThat(failure.problems()).hasSize(13);
    assertThat(failure.problems()).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
    String[] lines = english.get(failure.userMessage()).split("\n");
    assertThat(lines).hasSize(11);
    assertThat(lines[0]).startsWith("grad.json:4:44:").contains("unknown option \"nobody\"");
    assertThat(lines[10]).isEqualTo("... and 3 more problems not shown; fix these and run again");
    assertThat(failure.problems().get(12).at().line()).isGreaterThan(failure.problems().get(0).at().line());
  }

  @Test
  void problemsRenderInKoreanWithTheSameLocation() {
    Problem failure = failure(edit("\"masters\": {\"growth\": 8", "\"masters\": {\"growth\": 12").replace(MARK, ""));
    assertThat(new Messages(Locale.KOREAN).get(failure.userMessage()))
        .isEqualTo("grad.json:12:27: \"masters\"의 \"growth\" 점수 12가 척도 1..10을 벗어났습니다");
  }

  @Test
  void aShareOutsideZeroToAHundredPercentIsReportedAtTheNumber() {
    expect(edit("\"weights\": {\"method\": \"points\", \"points\": {\"growth\": 50, \"salary\": 30, \"years\": 20}}",
            "\"weights\": {\"method\": \"points\", \"points\": {\"growth\": 50, \"salary\": 30}, "
                + "\"share\": {\"criterion\": \"years\", \"percent\": ▶120}}"),
        "the share is 120%; it must be between 0 and 100");
  }

  @Test
  void aSharedCriterionTheMethodAlsoWeighsIsReported() {
    expect(edit("\"weights\": {\"method\": \"points\", \"points\": {\"growth\": 50, \"salary\": 30, \"years\": 20}}",
            "\"weights\": {\"method\": \"points\", \"points\": {\"growth\": 50, \"salary\": 30, \"years\": ▶20}, "
                + "\"share\": {\"criterion\": \"years\", \"percent\": 20}}"),
        "\"years\" has a fixed share of the weight, so the method's answers must leave it out");
  }

  @Test
  void aRankingBesideAShareLeavesTheSharedCriterionOut() {
    String json = edit("\"weights\": {\"method\": \"points\", \"points\": {\"growth\": 50, \"salary\": 30, \"years\": 20}}",
        "\"weights\": {\"method\": \"rank\", \"order\": [\"salary\", \"growth\"], "
            + "\"share\": {\"criterion\": \"years\", \"percent\": 40, \"without\": [\"growth\"]}}");
    dev.crossroads.decision.Decision d = reader.parse(json, "grad.json");
    assertThat(d.weights()).isEqualTo(new dev.crossroads.decision.WeightInput.Shared(
        new dev.crossroads.decision.WeightInput.RankOrder(java.util.List.of("salary", "growth")),
        "years", 40, java.util.List.of("growth")));
    assertThat(reportOf(edit("\"weights\": {\"method\": \"points\", \"points\": {\"growth\": 50, \"salary\": 30, \"years\": 20}}",
        "\"weights\": {\"method\": \"rank\", \"order\": [\"salary\"], "
            + "\"share\": {\"criterion\": \"years\", \"percent\": 40}}")))
        .contains("the rank order leaves out \"growth\"");
  }

  // ---- helpers

  /** Asserts that the marked document fails at the marker with a message containing {@code detail}. */
  private void expect(String marked, String detail) {
    String text = reportOf(marked);
    assertThat(text).contains("grad.json:" + markerLocation(marked) + ": " + detail);
  }

  private String reportOf(String marked) {
    return english.get(failure(marked.replace(MARK, "")).userMessage());
  }

  private Problem failure(String json) {
    Problem failure = catchThrowableOfType(Problem.class, () -> reader.parse(json, "grad.json"));
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

  /** The issue's document with one snippet replaced; the snippet must occur exactly once. */
  static String edit(String from, String to) {
    String doc = IssueExampleTest.ISSUE;
    int at = doc.indexOf(from);
    assertThat(at).as("snippet %s", from).isNotNegative();
    assertThat(doc.indexOf(from, at + 1)).as("snippet %s occurs once", from).isNegative();
    return doc.substring(0, at) + to + doc.substring(at + from.length());
  }

  /** The issue's document with one more top-level line after the title. */
  private static String top(String line) {
    return edit("\"title\": \"Grad school or industry\",\n", "\"title\": \"Grad school or industry\",\n  " + line + "\n");
  }

  private static String weights(String weights) {
    return edit("{\"method\": \"points\", \"points\": {\"growth\": 50, \"salary\": 30, \"years\": 20}}", weights);
  }

  private static String pairwise(String judgement) {
    return "{\"method\": \"pairwise\", \"judgements\": [{\"a\": \"growth\", \"b\": \"salary\", \"ratio\": 3}, "
        + judgement + ", {\"a\": \"salary\", \"b\": \"years\", \"ratio\": 2}]}";
  }
}
