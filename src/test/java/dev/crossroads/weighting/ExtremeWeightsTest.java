package dev.crossroads.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.WeightInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weights so large that their sum overflows still keep their proportions. */
class ExtremeWeightsTest {
  private static final List<Criterion> CRITERIA =
      List.of(
          Criterion.rating("a", "A", Direction.BENEFIT),
          Criterion.rating("b", "B", Direction.BENEFIT),
          Criterion.rating("c", "C", Direction.BENEFIT));

  @Test
  void twoWeightsOf1e308WeighHalfEachInsteadOfNothing() {
    Weights w =
        Weighting.compute(
            CRITERIA, new WeightInput.Points(Map.of("a", 1e308, "b", 1e308, "c", 0.0)));
    assertThat(w.byCriterion().get("a")).isCloseTo(0.5, within(1e-15));
    assertThat(w.byCriterion().get("b")).isCloseTo(0.5, within(1e-15));
    assertThat(w.byCriterion().get("c")).isZero();
  }

  @Test
  void directWeightsNearTheLargestDoubleKeepTheirProportions() {
    double max = Double.MAX_VALUE;
    Weights w =
        Weighting.compute(
            CRITERIA, new WeightInput.Direct(Map.of("a", max, "b", max / 2, "c", max / 2)));
    assertThat(w.byCriterion().get("a")).isCloseTo(0.5, within(1e-15));
    assertThat(w.byCriterion().get("b")).isCloseTo(0.25, within(1e-15));
    assertThat(w.byCriterion().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1, within(1e-15));
  }
}
