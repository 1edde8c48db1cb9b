package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each limit of docs/limits.md that a profile's content can pass, at its value and just past it:
 * the refusal is exit 65, in plain words, pointing at the line and column of the first thing
 * too many or too long (the ▶ marks it in the text and is removed before reading).
 */
class ProfileLimitsTest {
  private static final String MARK = "▶";
  private final ProfileReader reader = new ProfileReader();
  private final Messages english = new Messages(Locale.ENGLISH);

  @Test
  void fiftyOptionsAreReadAndTheFiftyFirstIsRefusedWhereItStarts() {
    assertThatCode(() -> reader.parse(LargeProfiles.json(50, 3), "p.json"))
        .doesNotThrowAnyException();
    String marked = LargeProfiles.json(51, 3).replace("{\"id\": \"o50\"", MARK + "{\"id\": \"o50\"");
    expect(marked, "options has 51 entries, more than the 50 a profile can hold");
  }

  @Test
  void sixtyCriteriaAreReadAndTheSixtyFirstIsRefusedWhereItStarts() {
    assertThatCode(() -> reader.parse(LargeProfiles.json(2, 60), "p.json"))
        .doesNotThrowAnyException();
    String marked = mark(LargeProfiles.json(2, 61), "{\n      \"id\": \"c60\"");
    expect(marked, "criteria has 61 entries, more than the 60 a profile can hold");
  }

  @Test
  void aThousandOptionsAreRefusedAtTheFiftyFirstBeforeAnyAnalysis() {
    String json = options(1_000);
    assertThat(reportOf(json)).isEqualTo(
        "p.json:1:" + (json.indexOf("{\"id\":\"o50\"") + 1)
            + ": options has 1,000 entries, more than the 50 a profile can hold;"
            + " the first one too many starts here");
  }

  @Test
  void aHundredThousandOptionsAreRefusedAtTheTwoThousandFirstWithoutReadingTheRest() {
    String json = options(100_000);
    long start = System.nanoTime();
    String message = reportOf(json);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(message).isEqualTo(
        "p.json:1:" + (json.indexOf("{\"id\":\"o2000\"") + 1)
            + ": options has more than 2,000 entries, far more than any list or table in a"
            + " profile can hold; the first one too many starts here");
    // Measured 30-130 ms on two shared cores; the 100,000 options took 19 s to import.
    assertThat(millis).as("milliseconds to refuse").isLessThan(1_000);
  }

  private static String options(int count) {
    StringBuilder options = new StringBuilder();
    for (int i = 0; i < count; i++) {
      options.append(i == 0 ? "" : ",").append("{\"id\":\"o").append(i).append("\",\"label\":\"O\"}");
    }
    return "{\"schemaVersion\":1,\"title\":\"t\",\"options\":[" + options + "]}";
  }

  @Test
  void aRatingsTableOfFiftyOneRowsIsRefusedAtTheFiftyFirst() {
    String json = LargeProfiles.json(2, 2)
        .replace("\"ratings\": {", "\"ratings\": {" + unknownRows(49));
    expect(mark(json, "\"o1\": {\"c0\""), "ratings has 51 entries, more than the 50 a profile can hold");
  }

  @Test
  void anIdOf200CharactersIsReadAndOneOf201IsRefusedAtTheId() {
    String id200 = "i".repeat(200);
    assertThatCode(() -> reader.parse(LargeProfiles.json(2, 2).replace("\"o1\"", q(id200)), "p.json"))
        .doesNotThrowAnyException();
    String id201 = "i".repeat(201);
    String marked = LargeProfiles.json(2, 2)
        .replaceFirst("\"id\": \"o1\"", "\"id\": " + MARK + q(id201))
        .replace("\"o1\"", q(id201));
    expect(marked, "options[1].id is 201 characters long; it can be at most 200");
  }

  @Test
  void anIdOfThousandsOfCharactersIsMeasuredAgainstTheIdLimit() {
    String id = "i".repeat(3000);
    String marked = LargeProfiles.json(2, 2)
        .replaceFirst("\"id\": \"o1\"", "\"id\": " + MARK + q(id));
    expect(marked, "options[1].id is 3000 characters long; it can be at most 200");
  }

  @Test
  void aLabelOf200CharactersIsReadAndOneOf201IsRefusedAtTheLabel() {
    String ok = LargeProfiles.json(2, 2).replace("\"Option 1\"", q("가".repeat(200)));
    assertThatCode(() -> reader.parse(ok, "p.json")).doesNotThrowAnyException();
    String marked = LargeProfiles.json(2, 2).replace("\"Option 1\"", MARK + q("가".repeat(201)));
    expect(marked, "options[1].label is 201 characters long; it can be at most 200");
  }

  @Test
  void aTitleOf201CharactersIsRefused() {
    String marked = LargeProfiles.json(2, 2).replace("\"Large\"", MARK + q("t".repeat(201)));
    expect(marked, "title is 201 characters long; it can be at most 200");
  }

  @Test
  void aDescriptionOf2000CharactersIsReadAndOneOf2001IsRefused() {
    String ok = describe(LargeProfiles.json(2, 2), "", "d".repeat(2000));
    assertThatCode(() -> reader.parse(ok, "p.json")).doesNotThrowAnyException();
    expect(describe(LargeProfiles.json(2, 2), MARK, "d".repeat(2001)),
        "criteria[0].description is 2001 characters long; it can be at most 2000");
  }

  @Test
  void aRatingOf10To15IsReadAndOneJustPastItIsRefusedAtTheNumber() {
    String ok = quantity(LargeProfiles.json(2, 1), "", "1000000000000000");
    Decision d = reader.parse(ok, "p.json");
    assertThat(d.rating("o0", "c0").central()).isEqualTo(1e15);
    expect(quantity(LargeProfiles.json(2, 1), MARK, "1000000000000001"),
        "ratings.o0.c0 is too large a number; numbers in a profile must lie between -10^15 and 10^15");
  }

  @Test
  void ratingsOfPlusAndMinus1e308AreRefusedNotScoredNaN() {
    String json = quantity(LargeProfiles.json(2, 1), MARK, "-1e308")
        .replace("\"o1\": {\"c0\": 2}", "\"o1\": {\"c0\": 1e308}");
    expect(json, "ratings.o0.c0 is too large a number");
  }

  @Test
  void twoWeightsOf1e308AreRefusedAtTheFirst() {
    String json = LargeProfiles.json(2, 2)
        .replace("\"points\": {\"c0\": 1, \"c1\": 2}", "\"points\": {\"c0\": " + MARK + "1e308, \"c1\": 1e308}");
    expect(json, "weights.points.c0 is too large a number");
  }

  @Test
  void aNumberOf310DigitsIsRefusedAsTooLargeAndOneOf401AsTooLongToRead() {
    expect(quantity(LargeProfiles.json(2, 1), MARK, "1" + "0".repeat(309)),
        "ratings.o0.c0 is too large a number");
    String message = reportOf(quantity(LargeProfiles.json(2, 1), "", "1".repeat(401)));
    assertThat(message)
        .contains("a number written with more than 400 characters")
        .doesNotContain("StreamReadConstraints")
        .doesNotContain("Exception");
  }

  @Test
  void aHugeUnknownFieldIsRefusedInsteadOfIgnored() {
    String json = LargeProfiles.json(2, 2)
        .replace("\"title\": \"Large\",", "\"title\": \"Large\",\n  \"notes\": \"" + "n".repeat(3_000_000) + "\",");
    String message = reportOf(json);
    assertThat(message)
        .startsWith("p.json:4:")
        .contains("a text longer than 4,000 characters")
        .doesNotContain("StreamReadConstraints");
  }

  @Test
  void aTextOf4000CharactersInAnUnknownFieldIsIgnoredAsBefore() {
    String json = LargeProfiles.json(2, 2)
        .replace("\"title\": \"Large\",", "\"title\": \"Large\",\n  \"notes\": \"" + "n".repeat(4000) + "\",");
    assertThatCode(() -> reader.parse(json, "p.json")).doesNotThrowAnyException();
  }

  @Test
  void nestingDeeperThan32LevelsIsRefusedInPlainWords() {
    String deep = "[".repeat(40) + "]".repeat(40);
    String json = LargeProfiles.json(2, 2).replace("\"title\": \"Large\",", "\"title\": \"Large\", \"x\": " + deep + ",");
    assertThat(reportOf(json)).contains("nested more than 32 levels deep").doesNotContain("Stream");
  }

  @Test
  void aMegabyteIdIsQuotedInAtMost80Characters() {
    String huge = "x".repeat(3_900);
    String json = LargeProfiles.json(2, 2).replace("\"o1\"", q(huge));
    String message = reportOf(json);
    assertThat(message).doesNotContain(huge.substring(0, 81));
    assertThat(message.length()).isLessThan(2_000);
  }

  @Test
  void anUnknownIdIsCutButTheListOfChoicesIsShownWhole() {
    String unknown = "u".repeat(500);
    String json = LargeProfiles.json(50, 2).replace("\"gutRanking\"", "\"x\"")
        .replace("\n}", ",\n  \"gutRanking\": [\"" + unknown + "\"]\n}");
    String message = reportOf(json);
    assertThat(message).doesNotContain("u".repeat(81)).contains("o0, o1, o2").contains("o48, o49");
  }

  @Test
  void aMoneyViewWhoseNetWorthCompoundsPast10To15IsRefusedInItsOwnWords() throws Exception {
    String json = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/profiles/money.json"))
        .replace("\"horizonYears\": 10", "\"horizonYears\": 100")
        .replace("\"conservative\": 55000000, \"optimistic\": 70000000", "\"conservative\": 900000000000000, \"optimistic\": 1000000000000000");
    Profile profile = reader.parseProfile(json, "money.json");
    Problem failure = catchThrowableOfType(Problem.class, profile::resolved);
    assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    assertThat(english.get(failure.userMessage()))
        .startsWith("The money view's net worth for \"")
        .contains("beyond the 10^15 either way that a decision can weigh");
  }

  @Test
  void fiftyOneScenariosAreRefusedAtTheFiftyFirst() {
    StringBuilder scenarios = new StringBuilder();
    for (int i = 0; i < 51; i++) {
      scenarios.append(i == 0 ? "" : ", ").append(i == 50 ? MARK : "").append("{\"name\": \"s").append(i).append("\"}");
    }
    String json = LargeProfiles.json(2, 2).replace("\n}", ",\n  \"scenarios\": [" + scenarios + "]\n}");
    expect(json, "scenarios has 51 entries, more than the 50 a profile can hold");
  }

  private static String unknownRows(int count) {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < count; i++) {
      rows.append("\"x").append(i).append("\": {}, ");
    }
    return rows.toString();
  }

  private static String describe(String json, String mark, String description) {
    return json.replaceFirst("\"label\": \"Criterion 0\",",
        "\"label\": \"Criterion 0\", \"description\": " + mark + q(description) + ",");
  }

  /** One quantity criterion c0, with o0's rating written as {@code number}. */
  private static String quantity(String json, String mark, String number) {
    return json
        .replace("{\"type\": \"rating\", \"min\": 1, \"max\": 10}", "{\"type\": \"quantity\", \"unit\": \"KRW\"}")
        .replace("\"o0\": {\"c0\": {\"low\": 2, \"likely\": 5, \"high\": 9}}", "\"o0\": {\"c0\": " + mark + number + "}");
  }

  private static String q(String text) {
    return "\"" + text + "\"";
  }

  private static String mark(String json, String before) {
    assertThat(json).contains(before);
    return json.replace(before, MARK + before);
  }

  private void expect(String marked, String detail) {
    assertThat(reportOf(marked.replace(MARK, "")))
        .startsWith("p.json:" + location(marked) + ": " + detail);
  }

  private String reportOf(String json) {
    Problem failure = catchThrowableOfType(Problem.class, () -> reader.parse(json, "p.json"));
    assertThat(failure).as("expected the profile to be refused").isNotNull();
    assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    return english.get(failure.userMessage());
  }

  private static String location(String marked) {
    int at = marked.indexOf(MARK);
    assertThat(at).as("a ▶ in the text").isNotNegative();
    String before = marked.substring(0, at);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = at - (before.lastIndexOf('\n') + 1) + 1;
    return line + ":" + column;
  }
}
