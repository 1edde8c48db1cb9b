package dev.crossroads.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.QuantityScale;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopsisTest {
  private static final Criterion SALARY =
      new Criterion("salary", "Salary", Direction.BENEFIT, QuantityScale.of("KRW"));
  private static final Criterion COMMUTE =
      new Criterion("commute", "Commute", Direction.COST, QuantityScale.of("min"));
  private static final Criterion BONUS =
      new Criterion("bonus", "Bonus", Direction.BENEFIT, QuantityScale.of("KRW"));

  private static DecisionMatrix matrix(List<Criterion> criteria, double[][] raw) {
    return new DecisionMatrix(RandomProblems.options(raw.length), criteria, raw);
  }

  @Test
  void itsIdIsTopsis() {
    assertThat(new Topsis().id()).isEqualTo("topsis");
  }

  @Test
  void aColumnOfZerosGivesNoNaNAndChangesNothing() {
    double[][] withZeros = {{50, 30, 0}, {40, 10, 0}, {60, 45, 0}};
    double[][] without = {{50, 30}, {40, 10}, {60, 45}};

    Topsis.Result result =
        Topsis.evaluate(matrix(List.of(SALARY, COMMUTE, BONUS), withZeros), new double[] {0.4, 0.4, 0.2});
    double[] reference =
        new Topsis().scores(matrix(List.of(SALARY, COMMUTE), without), new double[] {0.4, 0.4});

    assertThat(result.closeness()).doesNotContain(Double.NaN).containsExactly(reference, within(1e-12));
    assertThat(result.ideal()[2]).isZero();
    assertThat(result.antiIdeal()[2]).isZero();
  }

  @Test
  void identicalOptionsAreAllHalfwayRatherThanNaN() {
    double[][] same = {{50, 30}, {50, 30}, {50, 30}};

    double[] closeness = new Topsis().scores(matrix(List.of(SALARY, COMMUTE), same), new double[] {0.5, 0.5});

    assertThat(closeness).containsExactly(0.5, 0.5, 0.5);
  }

  @Test
  void anOptionBestOnEveryCriterionHasClosenessOneAndWorstOnEveryCriterionZero() {
    double[][] raw = {{60, 10}, {50, 20}, {40, 30}};

    double[] closeness = new Topsis().scores(matrix(List.of(SALARY, COMMUTE), raw), new double[] {0.5, 0.5});

    assertThat(closeness[0]).isEqualTo(1.0);
    assertThat(closeness[2]).isEqualTo(0.0);
  }

  @Test
  void scalingACriterionByAPositiveFactorLeavesEveryClosenessUnchanged() {
    long baseSeed = 4_242_000L;
    for (int k = 0; k < 300; k++) {
      long seed = baseSeed + k;
      Random random = new Random(seed);
      int m = 1 + random.nextInt(6);
      int n = 2 + random.nextInt(8);
      List<Criterion> criteria = RandomProblems.criteria(m, random);
      double[][] raw = RandomProblems.raw(criteria, n, random);
      double[] weights = RandomProblems.weights(m, random);
      int column = random.nextInt(m);
      double factor = Math.exp(random.nextDouble() * 20 - 10);
      double[][] scaled = new double[n][];
      for (int i = 0; i < n; i++) {
        scaled[i] = raw[i].clone();
        scaled[i][column] *= factor;
      }

      double[] before = new Topsis().scores(matrix(criteria, raw), weights);
      double[] after = new Topsis().scores(matrix(criteria, scaled), weights);

      assertThat(after).as("seed " + seed + ", factor " + factor).containsExactly(before, within(1e-9));
    }
  }
}
