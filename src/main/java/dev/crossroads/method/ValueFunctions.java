package dev.crossroads.method;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.RatingScale;
import dev.crossroads.decision.Scale;

/**
 * Maps raw values to 0..1, where 1 is best. A rating maps linearly from its scale's ends; a
 * quantity maps between its {@code worst} and {@code best} when both are given (clamped), else
 * min-max across the options. Cost criteria are reversed. When every option has the same value
 * on a min-max criterion, each gets 1: the criterion cannot separate them.
 */
public final class ValueFunctions {
  private ValueFunctions() {}

  /** {@code values[i][j]} in 0..1 for every option i and criterion j. */
  public static double[][] values(DecisionMatrix matrix) {
    int n = matrix.optionCount();
    int m = matrix.criterionCount();
    double[][] values = new double[n][m];
    double[] column = new double[n];
    for (int j = 0; j < m; j++) {
      for (int i = 0; i < n; i++) {
        column[i] = matrix.raw(i, j);
      }
      double[] mapped = column(matrix.criteria().get(j), column);
      for (int i = 0; i < n; i++) {
        values[i][j] = mapped[i];
      }
    }
    return values;
  }

  /** Maps one criterion's column of raw values (one per option) to 0..1. */
  public static double[] column(Criterion criterion, double[] raw) {
    return column(criterion, raw, new double[raw.length]);
  }

  /**
   * {@link #column(Criterion, double[])} into {@code out} (as long as {@code raw}), for callers
   * that map the same column thousands of times and would rather not make garbage of it.
   */
  public static double[] column(Criterion criterion, double[] raw, double[] out) {
    Scale scale = criterion.scale();
    double lo;
    double hi;
    boolean benefit = criterion.isBenefit();
    if (scale instanceof RatingScale r) {
      lo = r.min();
      hi = r.max();
    } else {
      QuantityScale q = (QuantityScale) scale;
      if (q.hasFixedEnds()) {
        // worst/best already say which way is better, so direction is implied by them
        double worst = q.worst().getAsDouble();
        double best = q.best().getAsDouble();
        for (int i = 0; i < raw.length; i++) {
          out[i] = clamp(share(raw[i], worst, best));
        }
        return out;
      }
      lo = Double.POSITIVE_INFINITY;
      hi = Double.NEGATIVE_INFINITY;
      for (double v : raw) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      if (!(hi > lo)) {
        java.util.Arrays.fill(out, 1.0);
        return out;
      }
    }
    for (int i = 0; i < raw.length; i++) {
      double v = clamp(share(raw[i], lo, hi));
      out[i] = benefit ? v : 1 - v;
    }
    return out;
  }

  /**
   * How far {@code x} lies from {@code from} towards {@code to}, as a fraction. Ends more than
   * Double.MAX_VALUE apart (-1e308 and 1e308) would make the span infinite and every fraction 0
   * or NaN; halving all three first keeps it finite and the fraction the same.
   */
  private static double share(double x, double from, double to) {
    double span = to - from;
    if (Double.isInfinite(span)) {
      return (x / 2 - from / 2) / (to / 2 - from / 2);
    }
    return (x - from) / span;
  }

  private static double clamp(double v) {
    return v < 0 ? 0 : (v > 1 ? 1 : v);
  }
}
