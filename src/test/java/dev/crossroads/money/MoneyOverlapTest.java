package dev.crossroads.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.money.MoneyOverlap.Counting;
import dev.crossroads.money.OverlapChoice.Keep;
import dev.crossroads.store.Profile;
import dev.crossroads.store.ProfileReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyOverlapTest {
  private static final Criterion GROWTH = Criterion.rating("growth", "Growth", Direction.BENEFIT);
  /** The grad-school template's money criterion: marked money: true in the question bank. */
  private static final Criterion MONEY = new Criterion("money", "Money over the next three years",
      Direction.BENEFIT, QuantityScale.of("million KRW over 3 years"));
  private static final Criterion STABILITY =
      Criterion.rating("stability", "Stability of daily life", Direction.BENEFIT);
  private static final Criterion NET_WORTH =
      new Criterion("networth", "10-year net worth", Direction.BENEFIT, QuantityScale.of("KRW"));
  private static final Set<String> GRAD_SCHOOL_MARKS = Set.of("money");

  private static Decision decision(List<Criterion> criteria, WeightInput weights) {
    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    for (String option : List.of("masters", "job")) {
      Map<String, Rating> row = new LinkedHashMap<>();
      criteria.forEach(c -> row.put(c.id(), Rating.of(5)));
      ratings.put(option, row);
    }
    return Decision.of("Grad school or a job",
        List.of(new Option("masters", "Master's"), new Option("job", "Job")), criteria, weights,
        ratings);
  }

  private static WeightInput.Points points(Object... idThenPoints) {
    Map<String, Double> points = new LinkedHashMap<>();
    for (int i = 0; i < idThenPoints.length; i += 2) {
      points.put((String) idThenPoints[i], ((Number) idThenPoints[i + 1]).doubleValue());
    }
    return new WeightInput.Points(points);
  }

  private static MoneyPlan plan(String currency, Optional<String> criterion) {
    Map<String, MoneyModel> models = new LinkedHashMap<>();
    models.put("masters", MoneyModel.study(2, 10, 6, new Band(48, 58), 0.04));
    models.put("job", MoneyModel.job(new Band(40, 48), 0.04));
    return new MoneyPlan(new MoneySettings(10, 0.03, currency), models, criterion, false);
  }

  private static MoneyPlan feedingNetWorth() {
    return plan("KRW", Optional.of("networth"));
  }

  /** Growth, the template's money criterion and net worth fed by the money view, all weighed. */
  private static Decision gradSchoolWithBoth() {
    return decision(List.of(GROWTH, MONEY, NET_WORTH),
        points("growth", 60, "money", 20, "networth", 20));
  }

  private static Profile example(String file) {
    return new ProfileReader().readProfile(Path.of("docs/examples", file));
  }

  @ParameterizedTest
  @ValueSource(strings = {"grad-school-money.json", "grad-school-money-ko.json"})
  void theExampleWithAMoneyViewWeighsMoneyOnceThroughNetWorth(String file) {
    Profile p = example(file);

    MoneyOverlap overlap = MoneyOverlap.of(p.decision(), p.money(), GRAD_SCHOOL_MARKS);

    assertThat(overlap.carrier()).contains("networth");
    assertThat(overlap.alsoMoney()).isEmpty();
    assertThat(overlap.counting()).isEqualTo(Counting.ONCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"grad-school.json", "grad-school-ko.json"})
  void theExampleWithoutAMoneyViewGetsItsSalaryAndNetCostCountedTwiceOnceOneFeedsNetWorth(
      String file) {
    // The hand-written salary (KRW / 원) and net cost are money by their units alone.
    Decision d = example(file).decision();
    List<Criterion> criteria = new ArrayList<>(d.criteria());
    criteria.add(NET_WORTH);
    Map<String, Double> weights = new LinkedHashMap<>(((WeightInput.Points) d.weights()).points());
    weights.put("networth", 20.0);
    Decision withView = d.withWeights(new WeightInput.Points(weights));
    withView = new Decision(withView.title(), withView.language(), withView.options(), criteria,
        withView.gates(), withView.weights(), withView.ratings(), withView.reflections(),
        withView.scenarios(), withView.meta());
    String currency = file.endsWith("-ko.json") ? "원" : "KRW";

    MoneyOverlap overlap =
        MoneyOverlap.of(withView, plan(currency, Optional.of("networth")), Set.of());

    assertThat(MoneyOverlap.of(d, Optional.empty(), Set.of())).isEqualTo(MoneyOverlap.none());
    assertThat(overlap.alsoMoney()).containsExactly("salary", "net-cost");
    assertThat(overlap.unanswered()).containsExactly("salary", "net-cost");
    assertThat(overlap.counting()).isEqualTo(Counting.TWICE_UNANSWERED);
  }

  @Test
  void aMarkedMoneyCriterionWeighedBesideNetWorthWithNoAnswerIsCountedTwice() {
    MoneyOverlap overlap =
        MoneyOverlap.of(gradSchoolWithBoth(), feedingNetWorth(), GRAD_SCHOOL_MARKS);

    assertThat(overlap.carrier()).contains("networth");
    assertThat(overlap.alsoMoney()).containsExactly("money");
    assertThat(overlap.unanswered()).containsExactly("money");
    assertThat(overlap.keptOnPurpose()).isEmpty();
    assertThat(overlap.counting()).isEqualTo(Counting.TWICE_UNANSWERED);
  }

  @Test
  void theMarkerFindsAMoneyCriterionRatedOneToTenThatTheUnitRuleCannot() {
    Criterion money = Criterion.rating("money", "Money", Direction.BENEFIT);
    Decision d = decision(List.of(GROWTH, money, NET_WORTH),
        points("growth", 50, "money", 25, "networth", 25));

    assertThat(MoneyOverlap.of(d, feedingNetWorth(), Set.of("money")).unanswered())
        .containsExactly("money");
    assertThat(MoneyOverlap.of(d, feedingNetWorth(), Set.of()).counting())
        .isEqualTo(Counting.ONCE);
  }

  @Test
  void keepingBothOnPurposeIsANoteNotAWarning() {
    MoneyPlan plan = feedingNetWorth()
        .withOverlap(Optional.of(new OverlapChoice(Keep.BOTH, List.of("money"))));

    MoneyOverlap overlap = MoneyOverlap.of(gradSchoolWithBoth(), plan, GRAD_SCHOOL_MARKS);

    assertThat(overlap.keptOnPurpose()).containsExactly("money");
    assertThat(overlap.unanswered()).isEmpty();
    assertThat(overlap.counting()).isEqualTo(Counting.TWICE_ON_PURPOSE);
  }

  @Test
  void anAnswerCoversOnlyTheCriteriaItNames() {
    Criterion salary = new Criterion("salary", "Salary", Direction.BENEFIT,
        QuantityScale.of("백만 원"));
    Decision d = decision(List.of(GROWTH, MONEY, salary, NET_WORTH),
        points("growth", 40, "money", 20, "salary", 20, "networth", 20));
    MoneyPlan plan = feedingNetWorth()
        .withOverlap(Optional.of(new OverlapChoice(Keep.BOTH, List.of("money"))));

    MoneyOverlap overlap = MoneyOverlap.of(d, plan, GRAD_SCHOOL_MARKS);

    assertThat(overlap.keptOnPurpose()).containsExactly("money");
    assertThat(overlap.unanswered()).containsExactly("salary");
    assertThat(overlap.counting()).isEqualTo(Counting.TWICE_UNANSWERED);
  }

  @Test
  void keepingOnlyTheMoneyViewWithTheOtherCriterionAtNoWeightWeighsMoneyOnce() {
    Decision d = decision(List.of(GROWTH, MONEY, NET_WORTH),
        points("growth", 80, "money", 0, "networth", 20));
    MoneyPlan plan = feedingNetWorth()
        .withOverlap(Optional.of(new OverlapChoice(Keep.VIEW_ONLY, List.of("money"))));

    MoneyOverlap overlap = MoneyOverlap.of(d, plan, GRAD_SCHOOL_MARKS);

    assertThat(overlap.alsoMoney()).containsExactly("money");
    assertThat(overlap.counting()).isEqualTo(Counting.ONCE);
  }

  @Test
  void aWeightPutBackByHandAfterKeepingOnlyTheMoneyViewIsAWarningAgain() {
    MoneyPlan plan = feedingNetWorth()
        .withOverlap(Optional.of(new OverlapChoice(Keep.VIEW_ONLY, List.of("money"))));

    MoneyOverlap overlap = MoneyOverlap.of(gradSchoolWithBoth(), plan, GRAD_SCHOOL_MARKS);

    assertThat(overlap.unanswered()).containsExactly("money");
  }

  @Test
  void netWorthAtNoWeightLeavesTheOtherMoneyCriterionCountingAlone() {
    Decision d = decision(List.of(GROWTH, MONEY, NET_WORTH),
        points("growth", 80, "money", 20, "networth", 0));

    assertThat(MoneyOverlap.of(d, feedingNetWorth(), GRAD_SCHOOL_MARKS).counting())
        .isEqualTo(Counting.ONCE);
  }

  @Test
  void aMoneyViewThatRatesTheTemplatesOwnMoneyCriterionCountsItOnce() {
    Decision d = decision(List.of(GROWTH, MONEY), points("growth", 70, "money", 30));

    MoneyOverlap overlap =
        MoneyOverlap.of(d, plan("KRW", Optional.of("money")), GRAD_SCHOOL_MARKS);

    assertThat(overlap.carrier()).contains("money");
    assertThat(overlap.alsoMoney()).isEmpty();
    assertThat(overlap.counting()).isEqualTo(Counting.ONCE);
  }

  @Test
  void aMoneyViewThatRatesNoCriterionCarriesNoMoney() {
    MoneyOverlap overlap = MoneyOverlap.of(gradSchoolWithBoth(), plan("KRW", Optional.empty()),
        GRAD_SCHOOL_MARKS);

    assertThat(overlap).isEqualTo(MoneyOverlap.none());
    assertThat(overlap.carrier()).isEmpty();
  }

  @Test
  void rankedAndPairedCriteriaAlwaysWeigh() {
    Decision ranked = decision(List.of(GROWTH, MONEY, STABILITY, NET_WORTH),
        new WeightInput.RankOrder(List.of("growth", "networth", "money", "stability")));
    List<WeightInput.Judgement> judgements = List.of(
        new WeightInput.Judgement("growth", "money", 3),
        new WeightInput.Judgement("growth", "networth", 2),
        new WeightInput.Judgement("money", "networth", 1));
    Decision paired = decision(List.of(GROWTH, MONEY, NET_WORTH),
        new WeightInput.Pairwise(judgements));

    assertThat(MoneyOverlap.of(ranked, feedingNetWorth(), GRAD_SCHOOL_MARKS).unanswered())
        .containsExactly("money");
    assertThat(MoneyOverlap.of(paired, feedingNetWorth(), GRAD_SCHOOL_MARKS).unanswered())
        .containsExactly("money");
  }

  @ParameterizedTest
  @ValueSource(strings = {"KRW", "krw", "million KRW a year", "USD/yr", "EUR", "dollars",
      "원", "만원", "백만 원 (3년 합계)", "억 원", "달러", "$", "₩ thousands", "BTC"})
  void unitsThatNameACurrencyCountMoney(String unit) {
    assertThat(MoneyOverlap.currencyUnit(unit, "BTC")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "years", "년", "% of the week", "minutes one way", "years of age",
      "회원 수", "직원", "points", "km"})
  void unitsThatNameNoCurrencyDoNot(String unit) {
    assertThat(MoneyOverlap.currencyUnit(unit, "KRW")).isFalse();
  }
}
