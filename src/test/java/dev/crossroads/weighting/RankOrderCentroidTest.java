package dev.crossroads.weighting;

import static dev.crossroads.weighting.PublishedExamples.criteria;
import static dev.crossroads.weighting.PublishedExamples.example;
import static dev.crossroads.weighting.PublishedExamples.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.decision.WeightInput;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RankOrderCentroidTest {

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {3, 4, 5})
  @DisplayName("Barron & Barrett (1996) rank-order centroid weights equal the exact fractions")
  void centroidWeightsEqualTheExactFractions(int n) {
    JsonNode exact = example("rank_order_surrogate_weights").at("/values/n=" + n + "/roc_exact");
    double[] expected = strings(exact).stream().mapToDouble(PublishedExamples::fraction).toArray();

    assertThat(RankOrderCentroid.centroid(n)).containsExactly(expected, within(1e-15));
  }

  @Test
  void weightsFollowTheRankingButAreReportedInTheCriteriaOrder() {
    Weights weights =
        Weighting.compute(
            criteria(List.of("growth", "salary", "family")),
            new WeightInput.RankOrder(List.of("family", "growth", "salary")));

    assertThat(weights.byCriterion().keySet()).containsExactly("growth", "salary", "family");
    assertThat(weights.byCriterion().get("family")).isCloseTo(11.0 / 18, within(1e-15));
    assertThat(weights.byCriterion().get("growth")).isCloseTo(5.0 / 18, within(1e-15));
    assertThat(weights.byCriterion().get("salary")).isCloseTo(1.0 / 9, within(1e-15));
    assertThat(weights.consistency()).isEmpty();
  }
}
