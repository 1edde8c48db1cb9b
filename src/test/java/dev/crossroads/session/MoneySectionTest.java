package dev.crossroads.session;

import dev.crossroads.session.ask.FileAsker;
import dev.crossroads.session.question.BankCatalogue;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.SessionEnd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.analysis.AnalysisSettings;
import dev.crossroads.analysis.Analyzer;
import dev.crossroads.analysis.MethodRanking;
import dev.crossroads.analysis.RankedOption;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.method.WeightedSum;
import dev.crossroads.money.Band;
import dev.crossroads.money.MoneyPlan;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.store.Profile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The money section of the shipped grad-school template, in both languages. */
class MoneySectionTest {
  private static final List<String> OPTIONS = GradSchoolAnswers.OPTIONS;
  @TempDir Path home;
  private String screen = "";

  /** Everything but the money figures answered the same way; the job's salary range given. */
  private Map<String, Answer> answers(String jobSalary) {
    Map<String, Answer> a = GradSchoolAnswers.withMoneyView();
    a.put("money.horizon", Answer.text("10"));
    a.put("money.discount", Answer.text("0"));
    a.put("money.masters.studyYears", Answer.text("2"));
    a.put("money.masters.tuition", Answer.text("10"));
    a.put("money.masters.stipend", Answer.text("6"));
    a.put("money.masters.salary", Answer.text("50-60"));
    a.put("money.masters.raise", Answer.text("4"));
    a.put("money.phd.studyYears", Answer.text("5"));
    a.put("money.phd.salary", Answer.text("60-70"));
    a.put("money.job.studyYears", Answer.text("0"));
    a.put("money.job.salary", Answer.text(jobSalary));
    a.put("money.job.raise", Answer.text("4"));
    a.put("money.keep-open.salary", Answer.text("40-50"));
    a.put("money.weight", Answer.text("40"));
    return a;
  }

  private Profile run(String language, Map<String, Answer> answers) {
    FileAsker asker = new FileAsker(answers, Optional.empty());
    SavedProfiles saved = new SavedProfiles();
    Harness h = new Harness(home, language);
    StringWriter out = new StringWriter();
    Session session = new Session(h.messages(), asker,
        new BankCatalogue(TemplateSources.builtInOnly()), new WeightedSumSummary(), saved,
        h.drafts, h.drafts.fresh(Harness.TODAY.atStartOfDay()), Harness.TODAY, 80,
        new PrintWriter(out));
    SessionEnd r = session.run(SessionState.start(language));
    screen = out.toString();
    assertThat(r.interrupted()).isFalse();
    assertThat(asker.unused()).isEmpty();
    return saved.profiles.get("grad");
  }

  private static MethodRanking ranking(Decision d) {
    return new Analyzer(List.of(new WeightedSum()))
        .analyze(d, AnalysisSettings.defaults(7).withDraws(200)).methods().get(0);
  }

  private static void assertMoneyView(Profile p, String label) {
    MoneyPlan plan = p.money().orElseThrow();
    assertThat(plan.criterion()).contains("networth");
    assertThat(plan.models().keySet()).containsExactlyElementsOf(OPTIONS);
    assertThat(plan.models().get("masters").studyYears()).isEqualTo(2);
    assertThat(plan.models().get("job").salary()).isEqualTo(new Band(40, 48));
    assertThat(plan.settings().horizonYears()).isEqualTo(10);
    Decision d = p.decision();
    Criterion networth = d.criteria().get(d.criterionIndex("networth"));
    assertThat(networth.label()).isEqualTo(label);
    assertThat(networth.isBenefit()).isTrue();
    // The job earns 40..48 a year for 10 years at a 4% raise: a range, not a point.
    Rating job = d.rating("job", "networth");
    assertThat(job).isInstanceOf(Rating.Range.class);
    assertThat(job).isEqualTo(p.resolved().rating("job", "networth"));
    WeightInput.Points points = (WeightInput.Points) d.weights();
    assertThat(points.points()).containsEntry("networth", 40.0);
    assertThat(points.points().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(100, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void anEnglishGradSchoolSessionSavesTheMoneyPlanAndANetWorthCriterion() {
    Profile p = run("en", answers("40-48"));
    assertMoneyView(p, "10-year net worth");
    assertThat(screen).contains("10-year net worth");
  }

  @Test
  void aKoreanGradSchoolSessionSavesTheMoneyPlanAndANetWorthCriterion() {
    Profile p = run("ko", answers("40-48"));
    assertMoneyView(p, "10년 누적 순자산");
    assertThat(p.money().orElseThrow().settings().currency()).isEqualTo("백만 원");
  }

  @Test
  void aHigherSalaryRangeForTheJobRaisesItsScoreAndItsRank() {
    for (String language : List.of("en", "ko")) {
      // At 25-30 the job ends the horizon below the master's; at 90-110 far above everything.
      Decision low = run(language, answers("25-30")).resolved();
      Decision high = run(language, answers("90-110")).resolved();
      Rating.Range lowWorth = (Rating.Range) low.rating("job", "networth");
      Rating.Range highWorth = (Rating.Range) high.rating("job", "networth");
      assertThat(highWorth.low()).isGreaterThan(lowWorth.low());
      assertThat(highWorth.high()).isGreaterThan(lowWorth.high());

      RankedOption before = ranking(low).option("job").orElseThrow();
      RankedOption after = ranking(high).option("job").orElseThrow();
      assertThat(after.score()).as(language).isGreaterThan(before.score());
      assertThat(before.rank()).as(language).isGreaterThan(1);
      assertThat(after.rank()).as(language).isLessThan(before.rank());
      assertThat(ranking(high).winner()).as(language).isEqualTo("job");
      // Only the money figures differ, so every other criterion's ratings are the same.
      for (String option : OPTIONS) {
        for (Criterion c : low.criteria()) {
          if (!c.id().equals("networth")) {
            assertThat(high.rating(option, c.id())).isEqualTo(low.rating(option, c.id()));
          }
        }
      }
    }
  }

  @Test
  void sayingNoLeavesTheDecisionWithoutMoney() {
    Map<String, Answer> a = answers("40-48");
    a.keySet().removeIf(k -> k.startsWith("money."));
    a.put("money.view", Answer.text("no"));
    Profile p = run("en", a);
    assertThat(p.money()).isEmpty();
    assertThat(p.decision().criterionIndex("networth")).isLessThan(0);
  }
}
