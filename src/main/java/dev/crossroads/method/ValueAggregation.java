package dev.crossroads.method;

/**
 * An aggregation over the 0..1 values of {@link ValueFunctions}: each option's score follows from
 * its own values and the weights alone, so a matrix already mapped to values (a drawn one, say)
 * is scored the same way as a decision's own.
 */
public sealed interface ValueAggregation extends Aggregation permits WeightedSum, WeightedProduct {

  @Override
  default double[] scores(DecisionMatrix matrix, double[] weights) {
    return scoresOfValues(ValueFunctions.values(matrix), weights);
  }

  /** One score per row of an already mapped value matrix. */
  default double[] scoresOfValues(double[][] values, double[] weights) {
    double[] scores = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      scores[i] = score(values[i], weights);
    }
    return scores;
  }

  /** One option's score from its values (one per criterion, in 0..1) and the weights. */
  double score(double[] values, double[] weights);
}
