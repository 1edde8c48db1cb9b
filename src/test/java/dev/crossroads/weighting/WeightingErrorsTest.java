package dev.crossroads.weighting;

import static dev.crossroads.weighting.PublishedExamples.criteria;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.InvalidDecisionException;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.decision.WeightInput.Judgement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightingErrorsTest {
  private static final List<Criterion> THREE = criteria(List.of("growth", "salary", "family"));

  private static InvalidDecisionException failure(WeightInput input) {
    return catchThrowableOfType(
        InvalidDecisionException.class, () -> Weighting.compute(THREE, input));
  }

  private static Map<String, Double> map(Object... pairs) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return out;
  }

  @Test
  void aMissingPairwiseComparisonNamesBothCriteria() {
    InvalidDecisionException e =
        failure(
            new WeightInput.Pairwise(
                List.of(new Judgement("growth", "salary", 3), new Judgement("family", "growth", 2))));

    assertThat(e.messageKey()).isEqualTo("weighting.missingPair");
    assertThat(e.arguments()).containsExactly("salary", "family");
  }

  @Test
  void aPairComparedTwiceInOppositeOrdersIsRefused() {
    InvalidDecisionException e =
        failure(
            new WeightInput.Pairwise(
                List.of(
                    new Judgement("growth", "salary", 3),
                    new Judgement("salary", "growth", 1.0 / 3),
                    new Judgement("growth", "family", 2),
                    new Judgement("salary", "family", 1))));

    assertThat(e.messageKey()).isEqualTo("weighting.duplicatePair");
    assertThat(e.arguments()).containsExactly("salary", "growth");
  }

  @Test
  void aRatioBeyondNineIsRefusedWithThePairAndTheRatio() {
    InvalidDecisionException e =
        failure(
            new WeightInput.Pairwise(
                List.of(
                    new Judgement("growth", "salary", 12),
                    new Judgement("growth", "family", 2),
                    new Judgement("salary", "family", 1))));

    assertThat(e.messageKey()).isEqualTo("weighting.ratioOutOfRange");
    assertThat(e.arguments()).containsExactly("growth", "salary", 12.0);
  }

  @Test
  void aRatioBelowOneNinthIsRefused() {
    InvalidDecisionException e =
        failure(new WeightInput.Pairwise(List.of(new Judgement("growth", "salary", 0.1))));

    assertThat(e.messageKey()).isEqualTo("weighting.ratioOutOfRange");
  }

  @Test
  void oneNinthTypedAsADecimalIsAccepted() {
    Weights weights =
        Weighting.compute(
            criteria(List.of("growth", "salary")),
            new WeightInput.Pairwise(List.of(new Judgement("growth", "salary", 0.111))));

    assertThat(weights.byCriterion().get("salary")).isGreaterThan(0.89);
  }

  @Test
  void aCriterionComparedWithItselfIsRefused() {
    InvalidDecisionException e =
        failure(new WeightInput.Pairwise(List.of(new Judgement("growth", "growth", 1))));

    assertThat(e.messageKey()).isEqualTo("weighting.selfComparison");
    assertThat(e.arguments()).containsExactly("growth");
  }

  @Test
  void aJudgementOnAnUnknownCriterionNamesIt() {
    InvalidDecisionException e =
        failure(new WeightInput.Pairwise(List.of(new Judgement("growth", "prestige", 2))));

    assertThat(e.messageKey()).isEqualTo("weighting.unknownCriterion");
    assertThat(e.arguments()).containsExactly("prestige");
  }

  @Test
  void aNegativeWeightNamesTheCriterionAndTheValue() {
    InvalidDecisionException e =
        failure(new WeightInput.Direct(map("growth", 0.5, "salary", -0.2, "family", 0.7)));

    assertThat(e.messageKey()).isEqualTo("weighting.negative");
    assertThat(e.arguments()).containsExactly("salary", -0.2);
  }

  @Test
  void aWeightThatIsNotANumberIsRefused() {
    InvalidDecisionException e =
        failure(new WeightInput.Points(map("growth", Double.NaN, "salary", 1)));

    assertThat(e.messageKey()).isEqualTo("weighting.notFinite");
  }

  @Test
  void allZeroPointsAreRefused() {
    InvalidDecisionException e =
        failure(new WeightInput.Points(map("growth", 0, "salary", 0, "family", 0)));

    assertThat(e.messageKey()).isEqualTo("weighting.zero");
  }

  @Test
  void noPointsAtAllAreRefusedAsZero() {
    assertThat(failure(new WeightInput.Points(Map.of())).messageKey()).isEqualTo("weighting.zero");
  }

  @Test
  void pointsOnACriterionTheDecisionDoesNotHaveAreRefused() {
    InvalidDecisionException e =
        failure(new WeightInput.Points(map("growth", 50, "salray", 50)));

    assertThat(e.messageKey()).isEqualTo("weighting.unknownCriterion");
    assertThat(e.arguments()).containsExactly("salray");
  }

  @Test
  void aRankingThatLeavesOutCriteriaNamesThem() {
    InvalidDecisionException e = failure(new WeightInput.RankOrder(List.of("salary")));

    assertThat(e.messageKey()).isEqualTo("weighting.rankMissing");
    assertThat(e.arguments()).containsExactly("growth, family");
  }

  @Test
  void aRankingThatListsACriterionTwiceNamesIt() {
    InvalidDecisionException e =
        failure(new WeightInput.RankOrder(List.of("salary", "growth", "salary", "family")));

    assertThat(e.messageKey()).isEqualTo("weighting.rankDuplicate");
    assertThat(e.arguments()).containsExactly("salary");
  }

  @Test
  void aRankingWithAnUnknownCriterionNamesIt() {
    InvalidDecisionException e =
        failure(new WeightInput.RankOrder(List.of("salary", "growth", "family", "prestige")));

    assertThat(e.messageKey()).isEqualTo("weighting.unknownCriterion");
    assertThat(e.arguments()).containsExactly("prestige");
  }

  @Test
  void pointsLeftOutWeighNothingAndTheRestAreNormalised() {
    Weights weights = Weighting.compute(THREE, new WeightInput.Points(map("growth", 30, "family", 10)));

    assertThat(weights.byCriterion())
        .containsExactly(Map.entry("growth", 0.75), Map.entry("salary", 0.0), Map.entry("family", 0.25));
  }
}
