package dev.crossroads.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded generated problems; every failure message names the seed that reproduces it. */
class DominanceAndRescalingTest {
  private static final int CASES = 500;
  private static final long BASE_SEED = 7_700_000L;

  /**
   * A problem where option 0 dominates option 1: at least as good on every criterion, and at
   * least 5% of the scale better on one.
   */
  private static DecisionMatrix withDominatedOption(Random random) {
    int m = 1 + random.nextInt(6);
    int n = 2 + random.nextInt(6);
    List<Criterion> criteria = RandomProblems.criteria(m, random);
    double[][] raw = RandomProblems.raw(criteria, n, random);
    int strict = random.nextInt(m);
    for (int j = 0; j < m; j++) {
      Criterion c = criteria.get(j);
      double tWorse = random.nextDouble() * 0.9;
      double gain = random.nextInt(3) == 0 && j != strict ? 0 : 0.05 + random.nextDouble() * 0.05;
      raw[1][j] = RandomProblems.at(c, tWorse);
      raw[0][j] = RandomProblems.at(c, tWorse + gain);
    }
    return new DecisionMatrix(RandomProblems.options(n), criteria, raw);
  }

  @Test
  void aDominatedOptionNeverRanksFirstInTheWeightedSum() {
    for (int k = 0; k < CASES; k++) {
      long seed = BASE_SEED + k;
      Random random = new Random(seed);
      DecisionMatrix matrix = withDominatedOption(random);
      double[] weights = RandomProblems.weights(matrix.criterionCount(), random);

      double[] scores = new WeightedSum().scores(matrix, weights);

      assertThat(scores[1]).as("seed " + seed).isLessThan(scores[0]);
      assertThat(RandomProblems.ranking(scores).get(0)).as("seed " + seed).isNotEqualTo(1);
    }
  }

  @Test
  void aDominatedOptionNeverScoresAboveItsDominatorInTheWeightedProduct() {
    for (int k = 0; k < CASES; k++) {
      long seed = BASE_SEED + k;
      Random random = new Random(seed);
      DecisionMatrix matrix = withDominatedOption(random);
      double[] weights = RandomProblems.weights(matrix.criterionCount(), random);

      double[] scores = new WeightedProduct().scores(matrix, weights);

      // values under the 0.01 floor tie, so only "not above" holds
      assertThat(scores[1]).as("seed " + seed).isLessThanOrEqualTo(scores[0]);
    }
  }

  @Test
  void aDominatedOptionNeverRanksFirstInTopsis() {
    for (int k = 0; k < CASES; k++) {
      long seed = BASE_SEED + k;
      Random random = new Random(seed);
      DecisionMatrix matrix = withDominatedOption(random);
      double[] weights = RandomProblems.weights(matrix.criterionCount(), random);

      double[] scores = new Topsis().scores(matrix, weights);

      assertThat(scores[1]).as("seed " + seed).isLessThan(scores[0]);
    }
  }

  @Test
  void rescalingAMinMaxQuantityAffinelyLeavesTheWeightedSumRanksUnchanged() {
    int rescaled = 0;
    for (int k = 0; k < CASES; k++) {
      long seed = BASE_SEED + k;
      Random random = new Random(seed);
      int m = 1 + random.nextInt(6);
      int n = 2 + random.nextInt(8);
      List<Criterion> criteria = RandomProblems.criteria(m, random);
      double[][] raw = RandomProblems.raw(criteria, n, random);
      double[] weights = RandomProblems.weights(m, random);
      int target = -1;
      for (int j = 0; j < m && target < 0; j++) {
        QuantityScale q = criteria.get(j).scale() instanceof QuantityScale s ? s : null;
        if (q != null && !q.hasFixedEnds()) {
          target = j;
        }
      }
      if (target < 0) {
        continue;
      }
      rescaled++;
      double a = Math.exp(random.nextDouble() * 10 - 5);
      double b = random.nextDouble() * 2e6 - 1e6;
      double[][] changed = new double[n][];
      for (int i = 0; i < n; i++) {
        changed[i] = raw[i].clone();
        changed[i][target] = a * raw[i][target] + b;
      }
      List<Option> options = RandomProblems.options(n);

      double[] before = new WeightedSum().scores(new DecisionMatrix(options, criteria, raw), weights);
      double[] after = new WeightedSum().scores(new DecisionMatrix(options, criteria, changed), weights);

      String context = "seed " + seed + ", x -> " + a + " x + " + b;
      assertThat(RandomProblems.ranking(after)).as(context).isEqualTo(RandomProblems.ranking(before));
      assertThat(after).as(context).containsExactly(before, within(1e-9));
    }
    assertThat(rescaled).as("generated problems with a min-max quantity").isGreaterThan(CASES / 2);
  }
}
