package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Messages;
import dev.crossroads.Problem;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Hindsight;
import dev.crossroads.decision.JournalEntry;
import dev.crossroads.decision.NextStep;
import dev.crossroads.decision.Plan;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The plan and the journal in a profile file: read as written, written back in the documented
 * order, and every mistake reported on one line with its file, line and column, as for the rest
 * of the format. The ▶ in a case marks where its problem must be reported.
 */
class PlanAndJournalFormatTest {
  private static final String MARK = "▶";
  private final ProfileReader reader = new ProfileReader();
  private final Messages english = new Messages(Locale.ENGLISH);

  /** The issue's document with {@code lines} added at the top level, after the title. */
  private static String with(String lines) {
    String title = "\"title\": \"Grad school or industry\",\n";
    return IssueExampleTest.ISSUE.replace(title, title + "  " + lines + ",\n");
  }

  private static final String PLAN = """
      "plan": {"a": "Take the job", "b": "Apply to two labs in spring", "z": "Live at home, tutor",
        "steps": [{"what": "Read ten postings", "by": "2026-12-05"}, {"what": "Ask the lab", "by": "2026-12-12"}],
        "signals": "The team loses its funding"}""";

  private static final String JOURNAL = """
      "journal": [
        {"date": "2027-09-03", "chose": "Industry job now", "outcome": 7, "learned": "Growth came from the team",
         "hindsight": "about-right", "gutFirst": "Master's in Korea", "modelFirst": "Industry job now", "modelChance": 0.62},
        {"date": "2028-03-01", "outcome": 8}
      ]""";

  @Test
  void aPlanAndAJournalAreReadAsWritten() {
    Decision d = reader.parse(with(PLAN + ",\n" + JOURNAL), "grad.json");

    assertThat(d.meta().plan()).isEqualTo(new Plan("Take the job", "Apply to two labs in spring",
        "Live at home, tutor",
        List.of(new NextStep("Read ten postings", LocalDate.of(2026, 12, 5)),
            new NextStep("Ask the lab", LocalDate.of(2026, 12, 12))),
        "The team loses its funding"));
    assertThat(d.meta().journal()).containsExactly(
        new JournalEntry(LocalDate.of(2027, 9, 3), Optional.of("Industry job now"),
            OptionalInt.of(7), "Growth came from the team", Optional.of(Hindsight.ABOUT_RIGHT),
            Optional.of("Master's in Korea"), Optional.of("Industry job now"),
            OptionalDouble.of(0.62)),
        new JournalEntry(LocalDate.of(2028, 3, 1), Optional.empty(), OptionalInt.of(8), "",
            Optional.empty(), Optional.empty(), Optional.empty(), OptionalDouble.empty()));
  }

  @Test
  void theyAreWrittenAfterTheScenariosAndReadBackEqual() {
    Decision d = reader.parse(with(PLAN + ",\n" + JOURNAL), "grad.json");

    String json = new ProfileWriter().toJson(d);

    assertThat(json.indexOf("\"plan\"")).isGreaterThan(json.indexOf("\"ratings\""));
    assertThat(json.indexOf("\"journal\"")).isGreaterThan(json.indexOf("\"plan\""));
    assertThat(json).contains("\"steps\": [", "\"what\": \"Read ten postings\", \"by\": \"2026-12-05\"",
        "\"modelChance\": 0.62");
    assertThat(reader.parse(json, "again.json")).isEqualTo(d);
  }

  @Test
  void aProfileWithoutThemWritesNeither() {
    String json = new ProfileWriter().toJson(reader.parse(IssueExampleTest.ISSUE, "grad.json"));

    assertThat(json).doesNotContain("\"plan\"", "\"journal\"");
  }

  @Test
  void anUnknownFieldInThePlanIsATypoReportedAtItsName() {
    expect(with("\"plan\": {\"a\": \"x\", ▶\"plan-b\": \"y\"}"), "unknown field \"plan-b\"");
  }

  @Test
  void aNextStepWithoutADateIsReportedAtTheStep() {
    expect(with("\"plan\": {\"steps\": [▶{\"what\": \"Ask the lab\"}]}"), "by");
  }

  @Test
  void aNextStepWithABadDateIsReportedAtTheDate() {
    expect(with("\"plan\": {\"steps\": [{\"what\": \"Ask\", \"by\": ▶\"next week\"}]}"),
        "by must be a date like 2026-03-01, found \"next week\"");
  }

  @Test
  void aNextStepWithoutWordsIsRefused() {
    expect(with("\"plan\": {\"steps\": [{\"what\": ▶\" \", \"by\": \"2026-12-05\"}]}"),
        "a next step needs words");
  }

  @Test
  void aFourthNextStepIsOneTooMany() {
    String step = "{\"what\": \"s\", \"by\": \"2026-12-05\"}";
    expect(with("\"plan\": {\"steps\": [" + step + ", " + step + ", " + step + ", ▶" + step + "]}"),
        "plan.steps has 4 entries, more than the 3 a profile can hold");
  }

  @Test
  void anOutcomeOutsideOneToTenIsReportedAtTheNumber() {
    expect(with("\"journal\": [{\"date\": \"2027-09-03\", \"outcome\": ▶11}]"),
        "outcome says how it went, a whole number from 1 to 10, found 11");
    expect(with("\"journal\": [{\"date\": \"2027-09-03\", \"outcome\": ▶6.5}]"),
        "found 6.5");
  }

  @Test
  void anUnknownHindsightListsTheThreeThatExist() {
    expect(with("\"journal\": [{\"date\": \"2027-09-03\", \"hindsight\": ▶\"fine\"}]"),
        "hindsight must be one of too-sure, about-right, not-sure-enough, found \"fine\"");
  }

  @Test
  void aChanceOutsideZeroToOneIsReported() {
    expect(with("\"journal\": [{\"date\": \"2027-09-03\", \"modelChance\": ▶62}]"),
        "modelChance is a share from 0 to 1, found 62");
  }

  @Test
  void anEntryWithoutADateIsReportedAtTheEntry() {
    expect(with("\"journal\": [▶{\"outcome\": 7}]"), "date");
  }

  @Test
  void aJournalThatIsNotAListIsReportedAtTheValue() {
    expect(with("\"journal\": ▶{\"date\": \"2027-09-03\"}"), "journal");
  }

  @Test
  void problemsAreReportedInKoreanToo() {
    String marked = with("\"journal\": [{\"date\": \"2027-09-03\", \"outcome\": ▶0}]");
    Problem f = failure(marked.replace(MARK, ""));

    assertThat(new Messages(Locale.KOREAN).get(f.userMessage()))
        .contains("grad.json:" + location(marked) + ": outcome에는")
        .contains("0으로 적혀 있어요");
  }

  private void expect(String marked, String detail) {
    String text = english.get(failure(marked.replace(MARK, "")).userMessage());
    assertThat(text).contains("grad.json:" + location(marked) + ": ").contains(detail);
    assertThat(text.lines().filter(l -> l.startsWith("grad.json:")).count()).isEqualTo(1);
  }

  private Problem failure(String json) {
    Problem failure = catchThrowableOfType(Problem.class, () -> reader.parse(json, "grad.json"));
    assertThat(failure).as("expected the profile to be refused").isNotNull();
    assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    return failure;
  }

  private static String location(String marked) {
    int at = marked.indexOf(MARK);
    assertThat(at).isNotNegative();
    int lineStart = marked.lastIndexOf('\n', at) + 1;
    long line = marked.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    return line + ":" + (at - lineStart + 1);
  }
}
