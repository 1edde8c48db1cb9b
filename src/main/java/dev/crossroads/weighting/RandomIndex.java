package dev.crossroads.weighting;

/**
 * Saaty's random consistency index: the mean consistency index of random reciprocal matrices of
 * order n, the yardstick a consistency ratio divides by.
 *
 * <p>Values are Saaty's (1980) table, <i>The Analytic Hierarchy Process</i>, McGraw-Hill, for n =
 * 1..15 (n = 1..10 also in Saaty 1990, EJOR 48(1):9-26). Other tables exist (Saaty 2005, Donegan
 * &amp; Dodd 1991, Tummala &amp; Ling 1998, Aguarón &amp; Moreno-Jiménez 2003) and give the same
 * matrix a slightly different ratio. Beyond n = 15, where Saaty's table stops, the value for 15
 * (1.59) is used: published tables change by under 0.02 per step there, so the ratio moves little.
 */
public final class RandomIndex {
  private static final double[] SAATY_1980 = {
    0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59
  };

  private RandomIndex() {}

  /** The random index for a matrix of order {@code n} (n >= 1); 0 for n <= 2. */
  public static double of(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("matrix order must be at least 1, got " + n);
    }
    return SAATY_1980[Math.min(n, SAATY_1980.length) - 1];
  }
}
