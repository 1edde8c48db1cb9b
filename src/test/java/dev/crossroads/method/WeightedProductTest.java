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
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WeightedProductTest {

  @Test
  void itsIdIsWpm() {
    assertThat(new WeightedProduct().id()).isEqualTo("wpm");
  }

  @Test
  void theScoreIsTheProductOfValuesRaisedToTheirWeights() {
    double[][] values = {{0.25, 0.64}, {1.0, 0.5}};

    double[] scores = new WeightedProduct().scoresOfValues(values, new double[] {0.5, 0.5});

    assertThat(scores[0]).isCloseTo(0.4, within(1e-12));
    assertThat(scores[1]).isCloseTo(Math.sqrt(0.5), within(1e-12));
  }

  @Test
  void aValueOfZeroCountsAsTheFloorSoTheRestStillMatters() {
    double[][] values = {{0.0, 1.0}, {0.0, 0.5}};

    double[] scores = new WeightedProduct().scoresOfValues(values, new double[] {0.5, 0.5});

    assertThat(scores[0]).isCloseTo(Math.sqrt(WeightedProduct.FLOOR), within(1e-12));
    assertThat(scores[1]).isGreaterThan(0).isLessThan(scores[0]);
  }

  @Test
  void scoresComeFromTheSameValueFunctionsAsTheWeightedSum() {
    List<Criterion> criteria =
        List.of(
            Criterion.rating("growth", "Growth", Direction.BENEFIT),
            Criterion.rating("stress", "Stress", Direction.COST));
    DecisionMatrix m =
        new DecisionMatrix(RandomProblems.options(2), criteria, new double[][] {{10, 1}, {5.5, 5.5}});

    double[] scores = new WeightedProduct().scores(m, new double[] {0.3, 0.7});

    assertThat(scores[0]).isCloseTo(1.0, within(1e-12));
    assertThat(scores[1]).isCloseTo(0.5, within(1e-12));
  }

  @Test
  @DisplayName(
      "Chakraborty, Zavadskas & Antucheviciene (2015) WASPAS: half WSM plus half WPM gives the"
          + " published Q to 4 decimals")
  void waspasBlendOfTheTwoKernelsMatchesThePublishedQ() {
    JsonNode example = example("waspas_chakraborty_2015");
    double[][] raw = matrix(example.get("matrix"));
    double[] weights = doubles(example.get("weights"));
    JsonNode types = example.get("types");
    // the paper's linear normalisation: x / max for a benefit, min / x for a cost
    double[][] values = new double[raw.length][weights.length];
    for (int j = 0; j < weights.length; j++) {
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (double[] row : raw) {
        max = Math.max(max, row[j]);
        min = Math.min(min, row[j]);
      }
      for (int i = 0; i < raw.length; i++) {
        values[i][j] = types.get(j).asInt() > 0 ? raw[i][j] / max : min / raw[i][j];
      }
    }

    double[] wsm = new WeightedSum().scoresOfValues(values, weights);
    double[] wpm = new WeightedProduct().scoresOfValues(values, weights);
    double[] q = new double[raw.length];
    for (int i = 0; i < q.length; i++) {
      q[i] = 0.5 * wsm[i] + 0.5 * wpm[i];
    }

    assertThat(wpm).containsExactly(doubles(example.get("harness_WPM_part")), within(1e-12));
    assertThat(round(q, 4)).containsExactly(doubles(example.get("published_Q_4dp")));
  }
}
