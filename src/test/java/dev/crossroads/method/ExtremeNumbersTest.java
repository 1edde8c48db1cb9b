package dev.crossroads.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The methods avoid non-finite results for any finite input, however large: the readers refuse
 * numbers past 10^15, and these are what keeps a number that slips past them from turning every
 * score into NaN or 0.
 */
class ExtremeNumbersTest {
  private static final List<Aggregation> METHODS =
      List.of(new WeightedSum(), new WeightedProduct(), new Topsis());
  private static final Criterion PAY =
      new Criterion("pay", "Pay", Direction.BENEFIT, QuantityScale.of("KRW"));

  @Test
  void ratingsOfMinusAndPlus1e308OnAnOpenScaleGiveTheWorstAndBestValues() {
    double[] values = ValueFunctions.column(PAY, new double[] {-1e308, 0, 1e308});
    assertThat(values[0]).isEqualTo(0);
    assertThat(values[1]).isCloseTo(0.5, within(1e-12));
    assertThat(values[2]).isEqualTo(1);
  }

  @Test
  void fixedEndsMoreThanDoubleMaxApartStillScaleLinearly() {
    Criterion c =
        new Criterion("pay", "Pay", Direction.BENEFIT,
            QuantityScale.between("KRW", -Double.MAX_VALUE, Double.MAX_VALUE));
    double[] values = ValueFunctions.column(c, new double[] {-Double.MAX_VALUE, 0, 1e308});
    for (double v : values) {
      assertThat(v).isBetween(0.0, 1.0);
    }
    assertThat(values[1]).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void topsisGivesHugeRatingsTheClosenessOfTheSameRatingsScaledDown() {
    double[][] huge = {{1e300, 3}, {2e300, 1}, {3e300, 2}};
    double[][] small = {{1, 3}, {2, 1}, {3, 2}};
    double[] w = {0.5, 0.5};
    double[] a = new Topsis().scores(matrix(huge), w);
    double[] b = new Topsis().scores(matrix(small), w);
    for (int i = 0; i < a.length; i++) {
      assertThat(a[i]).isCloseTo(b[i], within(1e-12));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyMethodGivesFiniteScoresForAnyFiniteRatings(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(6);
      double[][] raw = new double[n][2];
      for (double[] row : raw) {
        row[0] = extreme(random);
        row[1] = extreme(random);
      }
      double[] w = {random.nextDouble(), random.nextDouble() + 1e-9};
      double total = w[0] + w[1];
      w[0] /= total;
      w[1] /= total;
      for (Aggregation method : METHODS) {
        double[] scores = method.scores(matrix(raw), w);
        assertThat(Arrays.stream(scores).allMatch(Double::isFinite))
            .as("seed %d round %d %s on %s", seed, round, method.id(), Arrays.deepToString(raw))
            .isTrue();
      }
    }
  }

  private static double extreme(SplittableRandom random) {
    return switch (random.nextInt(5)) {
      case 0 -> Double.MAX_VALUE * (random.nextBoolean() ? 1 : -1);
      case 1 -> (random.nextDouble() * 2 - 1) * Double.MAX_VALUE;
      case 2 -> Double.MIN_VALUE;
      case 3 -> 0;
      default -> (random.nextDouble() - 0.5) * 100;
    };
  }

  private static DecisionMatrix matrix(double[][] raw) {
    List<Option> options = new java.util.ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      options.add(new Option("o" + i, "O" + i));
    }
    List<Criterion> criteria =
        List.of(PAY, new Criterion("cost", "Cost", Direction.COST, QuantityScale.of("KRW")));
    return new DecisionMatrix(options, criteria, raw);
  }
}
