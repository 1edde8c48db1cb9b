package dev.crossroads.weighting;

/**
 * Saaty's fundamental scale for pairwise judgements: the integers 1..9 and their reciprocals.
 */
public final class SaatyScale {
  public static final double MIN = 1.0 / 9;
  public static final double MAX = 9;

  // Input typed as a rounded decimal (0.111 for 1/9) must not be refused for its last digits.
  private static final double TOLERANCE = 1e-3;

  private SaatyScale() {}

  /** True when the ratio lies within 1/9..9 (allowing for a rounded 1/9). */
  public static boolean inRange(double ratio) {
    return ratio >= MIN * (1 - TOLERANCE) && ratio <= MAX * (1 + TOLERANCE);
  }

  /**
   * The value of the scale nearest to {@code ratio} in log terms (so 1/3 and 3 are equally far
   * from 1); ratios beyond the ends give 1/9 or 9.
   */
  public static double nearest(double ratio) {
    if (!(ratio > 0)) {
      throw new IllegalArgumentException("ratio must be positive, got " + ratio);
    }
    if (ratio >= 1) {
      return nearestInteger(ratio);
    }
    return 1 / nearestInteger(1 / ratio);
  }

  private static double nearestInteger(double atLeastOne) {
    if (atLeastOne >= MAX) {
      return MAX;
    }
    double lower = Math.floor(atLeastOne);
    double upper = lower + 1;
    // the geometric midpoint of lower and upper splits them evenly in log terms
    return atLeastOne * atLeastOne < lower * upper ? lower : upper;
  }
}
