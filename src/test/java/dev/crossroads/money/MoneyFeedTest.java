package dev.crossroads.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.Problem;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.method.DecisionMatrix;
import dev.crossroads.method.WeightedSum;
import dev.crossroads.weighting.Weighting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoneyFeedTest {
  private static final Criterion GROWTH = Criterion.rating("growth", "Growth", Direction.BENEFIT);
  private static final Criterion WORTH =
      new Criterion("worth", "Net worth", Direction.BENEFIT, QuantityScale.of("KRW"));

  /** Master's is better on growth; money decides how close it is. Ratings on worth are stale. */
  private static Decision decision() {
    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    ratings.put("masters", new LinkedHashMap<>(Map.of("growth", Rating.of(8), "worth", Rating.of(1))));
    ratings.put("job", new LinkedHashMap<>(Map.of("growth", Rating.of(6), "worth", Rating.of(1))));
    return Decision.of("Grad school or a job", List.of(new Option("masters", "Master's"), new Option("job", "Job")),
        List.of(GROWTH, WORTH), new WeightInput.Points(Map.of("growth", 50.0, "worth", 50.0)), ratings);
  }

  private static MoneyPlan plan(double mastersOptimisticSalary) {
    Map<String, MoneyModel> models = new LinkedHashMap<>();
    models.put("masters", MoneyModel.study(2, 10, 30, new Band(150, mastersOptimisticSalary), 0));
    models.put("job", MoneyModel.job(new Band(100, 120), 0));
    return new MoneyPlan(new MoneySettings(5, 0, "KRW"), models, Optional.of("worth"), false);
  }

  @Test
  void theFedCriterionIsRatedFromConservativeToOptimisticNetWorth() {
    Decision fed = MoneyFeed.apply(decision(), plan(200));

    // Master's: 2 * (30 - 10) + 3 * 150 = 490 .. 2 * 20 + 3 * 200 = 640. Job: 500 .. 600.
    assertThat(fed.rating("masters", "worth")).isEqualTo(Rating.range(490, 640));
    assertThat(fed.rating("job", "worth")).isEqualTo(Rating.range(500, 600));
    assertThat(fed.rating("masters", "growth")).isEqualTo(Rating.of(8));
  }

  @Test
  void raisingTheOptimisticSalaryRaisesTheRatingAndTheWeightedSum() {
    Decision before = MoneyFeed.apply(decision(), plan(160));
    Decision after = MoneyFeed.apply(decision(), plan(260));

    assertThat(after.rating("masters", "worth").high()).isGreaterThan(before.rating("masters", "worth").high());
    double[] scoresBefore = wsm(before);
    double[] scoresAfter = wsm(after);
    assertThat(scoresAfter[0]).isGreaterThan(scoresBefore[0]);
    // With the low salary the job's money outweighs master's growth; with the high one it does not.
    assertThat(scoresBefore[0]).isLessThan(scoresBefore[1]);
    assertThat(scoresAfter[0]).isGreaterThan(scoresAfter[1]);
  }

  @Test
  void theDiscountedPlanFeedsThePresentValue() {
    MoneyPlan plan = plan(200);
    MoneyPlan discounted = new MoneyPlan(plan.settings().withDiscountRate(1.0), plan.models(), plan.criterion(), true);

    // Job at 100%: 100 * (1/2 + 1/4 + 1/8 + 1/16 + 1/32).
    assertThat(MoneyFeed.apply(decision(), discounted).rating("job", "worth").low())
        .isCloseTo(100 * (1 - 1 / 32.0), within(1e-9));
  }

  @Test
  void aPlanFeedingNoCriterionLeavesTheDecisionAlone() {
    Decision decision = decision();
    MoneyPlan plan = MoneyPlan.viewOnly(new MoneySettings(5, 0, "KRW"), plan(200).models());

    assertThat(MoneyFeed.apply(decision, plan)).isEqualTo(decision);
  }

  @Test
  void aCriterionTheDecisionLacksIsAddedAsABenefitInTheCurrency() {
    MoneyPlan plan = new MoneyPlan(new MoneySettings(5, 0, "KRW"), plan(200).models(), Optional.of("money"), false);

    Decision fed = MoneyFeed.apply(decision(), plan);

    Criterion added = fed.criteria().get(fed.criterionIndex("money"));
    assertThat(added.isBenefit()).isTrue();
    assertThat(added.scale()).isEqualTo(QuantityScale.of("KRW"));
    assertThat(fed.rating("job", "money")).isEqualTo(Rating.range(500, 600));
  }

  @Test
  void anOptionWithoutAMoneyModelIsAFailureNamingIt() {
    Map<String, MoneyModel> onlyJob = Map.of("job", MoneyModel.job(Band.of(100), 0));
    MoneyPlan plan = new MoneyPlan(new MoneySettings(5, 0, "KRW"), onlyJob, Optional.of("worth"), false);

    Problem failure = catchThrowableOfType(Problem.class, () -> MoneyFeed.apply(decision(), plan));

    assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    assertThat(failure.userMessage().key()).isEqualTo("money.noModel");
    assertThat(failure.userMessage().args()).contains("Master's");
  }

  private static double[] wsm(Decision decision) {
    DecisionMatrix matrix = DecisionMatrix.central(decision);
    return new WeightedSum().scores(matrix, Weighting.compute(decision.criteria(), decision.weights()).toArray(decision.criteria()));
  }
}
