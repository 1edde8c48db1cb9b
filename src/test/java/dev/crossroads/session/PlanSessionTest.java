package dev.crossroads.session;

import static dev.crossroads.session.Harness.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.NextStep;
import dev.crossroads.decision.Plan;
import dev.crossroads.session.edit.SavedAnswers;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.SessionEnd;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan asked after the summary: Plan A, B and Z, next steps with dates and the signals to
 * switch, each skippable; one Enter at Plan A skips it all; an edit brings it back as defaults.
 */
class PlanSessionTest {
  @TempDir Path home;

  private static Decision finished(SessionEnd r) {
    assertThat(r.interrupted()).as("stopped at %s", r.state().cursor()).isFalse();
    return r.decision().orElseThrow();
  }

  private static String beforePlan() {
    return Script.keysBefore("plan.a");
  }

  @Test
  void theWholePlanIsAskedAfterTheSummaryAndSavedWithTheDecision() {
    Harness h = new Harness(home, "en");
    Decision d = finished(h.typed(beforePlan() + lines(
        "Take the job offer", "Apply to two labs in spring", "Live at home and tutor",
        "Read ten job postings", "2026-12-05",
        "Ask the lab's students about the stipend", "",
        "",
        "No reply from the team by January",
        "")));

    assertThat(d.meta().plan()).isEqualTo(new Plan("Take the job offer",
        "Apply to two labs in spring", "Live at home and tutor",
        List.of(new NextStep("Read ten job postings", LocalDate.of(2026, 12, 5)),
            // Enter takes the date offered: two weeks from today for the second step.
            new NextStep("Ask the lab's students about the stipend", Harness.TODAY.plusDays(14))),
        "No reply from the team by January"));
    int summary = h.screen.indexOf("Gut feeling vs the analysis");
    int plan = h.screen.indexOf("── Your plan ──");
    assertThat(summary).isPositive();
    assertThat(plan).isGreaterThan(summary);
    assertThat(h.screen.indexOf("── Summary ──")).isLessThan(summary);
    assertThat(h.screen).contains("Plan A: what are you going to do?", "Plan Z ›",
        "Next step 3 of up to 3").doesNotContain("9/8");
  }

  @Test
  void oneEnterAtPlanASkipsThePlan() {
    Harness h = new Harness(home, "en");
    Decision d = finished(h.typed(Script.keys()));

    assertThat(d.meta().plan()).isEqualTo(Plan.NONE);
    assertThat(h.screen).doesNotContain("Plan B");
  }

  @Test
  void aStepNeedsADateAndAPastDateIsRefused() {
    Harness h = new Harness(home, "en");
    Decision d = finished(h.typed(beforePlan() + lines(
        "Take the job", "", "", "Read postings", "-", "2020-01-01", "2026-12-01", "", "", "")));

    assertThat(h.screen).contains("A next step needs a date", "That date has passed");
    assertThat(d.meta().plan().steps())
        .containsExactly(new NextStep("Read postings", LocalDate.of(2026, 12, 1)));
  }

  @Test
  void backFromPlanAGoesToTheReviewAndTheSummaryIsNotShownTwice() {
    Harness h = new Harness(home, "en");
    Decision d = finished(h.typed(beforePlan() + lines("back", "", "Take the job", "", "", "",
        "", "")));

    assertThat(d.meta().plan().a()).isEqualTo("Take the job");
    String screen = h.screen;
    assertThat(screen.indexOf("Gut feeling vs the analysis"))
        .isEqualTo(screen.lastIndexOf("Gut feeling vs the analysis"));
  }

  @Test
  void anAnswersFileGivesThePlanAndPlanBDefaultsToThePlanBReflection() {
    Map<String, Answer> answers = new LinkedHashMap<>(Script.file());
    answers.put("plan.a", Answer.text("Take the job"));
    answers.put("plan.step.1.what", Answer.text("Read postings"));
    answers.put("plan.step.1.by", Answer.text("2026-12-24"));
    answers.put("plan.signals", Answer.text("A hiring freeze"));

    Decision d = finished(new Harness(home, "en").fromFile(answers));

    assertThat(d.meta().plan()).isEqualTo(new Plan("Take the job", "", "",
        List.of(new NextStep("Read postings", LocalDate.of(2026, 12, 24))), "A hiring freeze"));
  }

  @Test
  void anEditBringsThePlanBackAsDefaultsAndADashClearsAPart() {
    Harness h = new Harness(home, "en");
    finished(h.typed(beforePlan() + lines("Take the job", "Labs", "Home", "Read postings",
        "2026-12-05", "", "Funding", "")));
    String name = "grad-school-or-a-job-now-2026";
    SessionState start = SavedAnswers.start(h.profiles.open(name), true, "en", h.messages(),
        new TestCatalogue()).state();
    assertThat(start.text(Ids.PLAN_B)).contains("Labs");

    // At the review: Enter; then Enter keeps Plan A, "-" clears Plan B, the rest kept.
    Decision d = finished(h.typed(lines("", "", "-", "", "", "", "", "", ""), start,
        h.drafts.fresh(Harness.TODAY.atStartOfDay())));

    assertThat(d.meta().plan()).isEqualTo(new Plan("Take the job", "", "Home",
        List.of(new NextStep("Read postings", LocalDate.of(2026, 12, 5))), "Funding"));
  }

  @Test
  void anEditKeepsTheJournalNoQuestionAsks() {
    Harness h = new Harness(home, "en");
    Decision first = finished(h.typed(Script.keys()));
    String name = "grad-school-or-a-job-now-2026";
    var entry = new dev.crossroads.decision.JournalEntry(Harness.TODAY, java.util.Optional.of("Start working"),
        java.util.OptionalInt.of(6), "", java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.OptionalDouble.empty());
    var withJournal = new dev.crossroads.store.Profile(
        first.withMeta(first.meta().withJournal(List.of(entry))), java.util.Optional.empty());
    h.profiles.profiles.put(name, withJournal);
    SessionState start = SavedAnswers.start(h.profiles.open(name), true, "en", h.messages(),
        new TestCatalogue()).state();

    Decision d = finished(h.typed(lines("", "", ""), start,
        h.drafts.fresh(Harness.TODAY.atStartOfDay())));

    assertThat(d.meta().journal()).containsExactly(entry);
  }

  @Test
  void theKoreanPlanQuestionsReadInKorean() {
    Harness h = new Harness(home, "ko");
    finished(h.typed(Script.keysBefore("plan.a") + lines("취업하기", "", "", "", "", "")));

    assertThat(h.screen).contains("── 계획 ──", "플랜 A: 무엇을 할 건가요?", "플랜 B", "플랜 Z");
  }
}
