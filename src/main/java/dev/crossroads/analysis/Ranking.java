package dev.crossroads.analysis;

/**
 * The one ranking rule every part of the analysis uses. Options that pass every gate come before
 * options that fail one; within each group a higher score ranks higher; equal scores (compared
 * exactly) keep the decision's option order, so ranks are always 1..n with no shared places. A
 * NaN score ranks below every number. When every option fails a gate, all form one group and
 * rank by score alone.
 */
public final class Ranking {
  private Ranking() {}

  /** Option indices from first to last. */
  public static int[] order(double[] scores, boolean[] passing) {
    int n = scores.length;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    // A stable sort keeps the option order among exact ties.
    java.util.Arrays.sort(idx, (a, b) -> beats(scores, passing, b, a) ? 1 : (beats(scores, passing, a, b) ? -1 : 0));
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = idx[i];
    }
    return out;
  }

  /** The index of the option ranked first; -1 when there are no options. */
  public static int first(double[] scores, boolean[] passing) {
    int best = -1;
    for (int i = 0; i < scores.length; i++) {
      if (best < 0 || beats(scores, passing, i, best)) {
        best = i;
      }
    }
    return best;
  }

  /** True when option a ranks above option b. */
  public static boolean beats(double[] scores, boolean[] passing, int a, int b) {
    if (passing[a] != passing[b]) {
      return passing[a];
    }
    double sa = key(scores[a]);
    double sb = key(scores[b]);
    return sa > sb || (sa == sb && a < b);
  }

  private static double key(double score) {
    return Double.isNaN(score) ? Double.NEGATIVE_INFINITY : score;
  }
}
