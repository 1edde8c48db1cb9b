package dev.crossroads.method;

import static dev.crossroads.weighting.PublishedExamples.doubles;
import static dev.crossroads.weighting.PublishedExamples.example;
import static dev.crossroads.weighting.PublishedExamples.matrix;
import static dev.crossroads.weighting.PublishedExamples.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.QuantityScale;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TopsisPublishedExamplesTest {

  /** The example's matrix with quantity criteria, cost where its "types" entry is -1. */
  private static DecisionMatrix matrixOf(JsonNode example) {
    double[][] raw = matrix(example.get("matrix"));
    List<Criterion> criteria = new ArrayList<>();
    JsonNode types = example.get("types");
    for (int j = 0; j < types.size(); j++) {
      Direction direction = types.get(j).asInt() < 0 ? Direction.COST : Direction.BENEFIT;
      criteria.add(new Criterion("c" + j, "c" + j, direction, QuantityScale.of("")));
    }
    return new DecisionMatrix(RandomProblems.options(raw.length), criteria, raw);
  }

  @Test
  @DisplayName("Tzeng & Huang (2011): closeness to 4 decimals and ranking")
  void tzengAndHuangClosenessMatchesThePublishedDecimals() {
    JsonNode example = example("topsis_tzeng_huang_2011");

    Topsis.Result result = Topsis.evaluate(matrixOf(example), doubles(example.get("weights")));

    assertThat(round(result.closeness(), 4))
        .containsExactly(doubles(example.get("published_closeness_4dp")));
    assertThat(RandomProblems.ranking(result.closeness())).containsExactly(2, 1, 0, 3);
    assertThat(result.distanceToIdeal())
        .containsExactly(doubles(example.get("harness_d_plus")), within(1e-12));
    assertThat(result.distanceToAntiIdeal())
        .containsExactly(doubles(example.get("harness_d_minus")), within(1e-12));
  }

  @Test
  @DisplayName("Hodgett's car example with price as a cost: closeness to 4 decimals")
  void hodgettCarClosenessMatchesThePublishedDecimals() {
    JsonNode example = example("topsis_hodgett_car_with_cost_criterion");

    double[] closeness = new Topsis().scores(matrixOf(example), doubles(example.get("weights")));

    assertThat(round(closeness, 4)).containsExactly(doubles(example.get("published_closeness_4dp")));
  }

  @Test
  @DisplayName("Hodgett's car example: the ideal takes the LOWEST price, to the 9 decimals published")
  void hodgettCarIdealAndAntiIdealMatchThePublishedPoints() {
    JsonNode example = example("topsis_hodgett_car_with_cost_criterion");

    Topsis.Result result = Topsis.evaluate(matrixOf(example), doubles(example.get("weights")));

    assertThat(round(result.ideal(), 9)).containsExactly(doubles(example.get("published_A_plus")));
    assertThat(round(result.antiIdeal(), 9))
        .containsExactly(doubles(example.get("published_A_minus")));
    assertThat(result.distanceToIdeal())
        .containsExactly(doubles(example.get("harness_d_plus")), within(1e-12));
    assertThat(result.distanceToAntiIdeal())
        .containsExactly(doubles(example.get("harness_d_minus")), within(1e-12));
  }
}
