package dev.crossroads.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.DisplayWidth;
import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Hindsight;
import dev.crossroads.decision.JournalEntry;
import dev.crossroads.decision.NextStep;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Plan;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The plan, its next steps and the journal, as show, review and the exports print them. */
class PlanSheetTest {
  private static final Plan PLAN = new Plan("Take the offer from the vision team",
      "Apply to two labs in spring", "Live at home and tutor",
      List.of(new NextStep("Read ten current postings", LocalDate.of(2026, 12, 5)),
          new NextStep("Ask the lab's students about the stipend", LocalDate.of(2026, 12, 12))),
      "No reply from the team by January");
  private static final JournalEntry LOOK = new JournalEntry(LocalDate.of(2027, 9, 3),
      Optional.of("Startup job"), OptionalInt.of(7), "Growth came from the team",
      Optional.of(Hindsight.TOO_SURE), Optional.of("Grad school"), Optional.of("Startup job"),
      OptionalDouble.of(0.62));

  private static Decision decision(Plan plan, List<JournalEntry> journal) {
    Decision d = Decision.of("Grad school or a job",
        List.of(new Option("grad", "Grad school"), new Option("job", "Startup job")),
        List.of(Criterion.rating("growth", "Growth", Direction.BENEFIT)),
        new WeightInput.Points(Map.of("growth", 1.0)),
        Map.of("grad", Map.of("growth", Rating.of(8)), "job", Map.of("growth", Rating.of(6))));
    return d.withMeta(d.meta().withPlan(plan).withJournal(journal));
  }

  private static DecisionSheet sheet(Decision d, Locale locale) {
    return new DecisionSheetBuilder(new Messages(locale)).build(d, Map.of());
  }

  @Test
  void theTextSheetShowsThePlanTheStepsByDateAndEachLookBack() {
    String text = new TextDecisionSheet(TextStyle.plain(80))
        .render(sheet(decision(PLAN, List.of(LOOK)), Locale.ENGLISH));

    assertThat(text).contains("Your plan", "Plan A\n    Take the offer from the vision team",
        "Plan B (if A falls through)", "Plan Z (the safe fallback)", "Would make you switch",
        "Next steps", "2026-12-05  Read ten current postings", "Journal", "2027-09-03",
        "Chose Startup job. It went 7 out of 10. The summary's 62% chance for Startup\n"
            + "    job looks too sure now.",
        "Learned: Growth came from the team");
    assertThat(text.indexOf("Your plan")).isLessThan(text.indexOf("Next steps"));
    assertThat(text.indexOf("Next steps")).isLessThan(text.indexOf("Journal"));
    for (String line : text.split("\n")) {
      assertThat(DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(80);
    }
  }

  @Test
  void inKoreanEveryLineStillFitsEightyColumns() {
    String text = new TextDecisionSheet(TextStyle.plain(80))
        .render(sheet(decision(PLAN, List.of(LOOK)), Locale.KOREAN));

    assertThat(text).contains("계획", "플랜 B (A가 어그러지면)", "다음 할 일", "일지",
        "Startup job을 골랐어요. 결과는 10점 중 7점이었어요.", "지나치게 확신했던 것 같아요.");
    for (String line : text.split("\n")) {
      assertThat(DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(80);
    }
  }

  @Test
  void markdownAndHtmlCarryTheSameSections() {
    DecisionSheet sheet = sheet(decision(PLAN, List.of(LOOK)), Locale.ENGLISH);

    assertThat(new MarkdownDecisionSheet().render(sheet)).contains("### Your plan",
        "**Plan A**\n\n> Take the offer from the vision team", "### Next steps",
        "- 2026-12-05: Read ten current postings", "### Journal", "**2027-09-03**");
    assertThat(new HtmlDecisionSheet().render(sheet)).contains("<h3>Your plan</h3>",
        "<dl class=\"plan\">", "<dl class=\"steps\">", "<dl class=\"journal\">",
        "Chose Startup job. It went 7 out of 10.");
  }

  @Test
  void aDecisionWithoutAPlanOrJournalShowsNeitherSection() {
    DecisionSheet sheet = sheet(decision(Plan.NONE, List.of()), Locale.ENGLISH);

    assertThat(new TextDecisionSheet(TextStyle.plain(80)).render(sheet))
        .doesNotContain("Your plan", "Next steps", "Journal");
    assertThat(new MarkdownDecisionSheet().render(sheet)).doesNotContain("Your plan");
    assertThat(new HtmlDecisionSheet().render(sheet)).doesNotContain("class=\"plan\"", "journal");
  }

  @Test
  void aLookBackWithoutTheModelsChanceSaysTheJudgementPlainly() {
    JournalEntry tie = new JournalEntry(LocalDate.of(2027, 9, 3), Optional.empty(),
        OptionalInt.empty(), "", Optional.of(Hindsight.ABOUT_RIGHT), Optional.empty(),
        Optional.empty(), OptionalDouble.empty());

    String text = new TextDecisionSheet(TextStyle.plain(80))
        .render(sheet(decision(Plan.NONE, List.of(tie)), Locale.ENGLISH));

    assertThat(text).contains("The summary's certainty looks about right now.")
        .doesNotContain("chance");
  }
}
