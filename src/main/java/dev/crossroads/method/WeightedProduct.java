package dev.crossroads.method;

/**
 * The weighted product model: each option's score is {@code Π_j v_ij ^ w_j} over the same 0..1
 * values the weighted sum uses ({@link ValueFunctions#values}). A weak value drags the product
 * down more than it drags a sum, so this method punishes a poor showing on any one criterion.
 *
 * <p>Each value is first raised to at least {@link #FLOOR} (0.01): a value of exactly 0 (the
 * worst option on a min-max criterion, or the bottom of a rating scale) would otherwise make
 * the whole product 0, whatever the option does elsewhere, and leave such options tied.
 */
public final class WeightedProduct implements ValueAggregation {
  /** The smallest value a criterion contributes to the product. */
  public static final double FLOOR = 0.01;

  private static final WeightedSum SUM = new WeightedSum();

  @Override
  public String id() {
    return "wpm";
  }

  /**
   * The weighted product of one option's values, each floored at {@link #FLOOR}: the exponential
   * of the weighted sum of their logarithms, which keeps many small factors from underflowing.
   */
  @Override
  public double score(double[] values, double[] weights) {
    double[] logs = new double[weights.length];
    for (int j = 0; j < logs.length; j++) {
      logs[j] = Math.log(Math.max(FLOOR, values[j]));
    }
    return Math.exp(SUM.score(logs, weights));
  }
}
