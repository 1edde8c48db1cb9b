package dev.crossroads.analysis;

import java.util.Arrays;

/**
 * The one ranking rule every part of the analysis uses. Options that pass every gate come before
 * options that fail one; within each group a higher score ranks higher. Scores within {@link
 * #TIE} of each other are a tie: floating point must not pick a winner that exact arithmetic
 * would call level (0.1 + 0.2 against 0.3), so tied options keep the decision's option order and
 * ranks are always 1..n with no shared places. A NaN score ranks below every number. When every
 * option fails a gate, all form one group and rank by score alone.
 *
 * <p>Closeness is not transitive (a ~ b and b ~ c while a and c differ), so ties are settled by
 * groups, not pairwise: within a gate group, options sorted by score are cut into runs, each run
 * holding every remaining option within {@code TIE} of the run's highest score, and each run is
 * listed in option order.
 */
public final class Ranking {
  /** Weighted scores (0..1) closer than this are equal. */
  public static final double TIE = 1e-9;

  private Ranking() {}

  /** Option indices from first to last. */
  public static int[] order(double[] scores, boolean[] passing) {
    int n = scores.length;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    // Exact order first (stable: option order among exact ties), then runs of near-equal scores.
    Arrays.sort(
        idx,
        (a, b) -> {
          if (passing[a] != passing[b]) {
            return passing[a] ? -1 : 1;
          }
          return Double.compare(key(scores[b]), key(scores[a]));
        });
    int[] out = new int[n];
    int start = 0;
    while (start < n) {
      int end = start + 1;
      double top = key(scores[idx[start]]);
      while (end < n
          && passing[idx[end]] == passing[idx[start]]
          && tied(top, key(scores[idx[end]]))) {
        end++;
      }
      Integer[] run = Arrays.copyOfRange(idx, start, end);
      Arrays.sort(run);
      for (int r = 0; r < run.length; r++) {
        out[start + r] = run[r];
      }
      start = end;
    }
    return out;
  }

  /**
   * The index of the option ranked first, the head of {@link #order}: among the passing options
   * when any passes, else among all by score alone; -1 when there are no options.
   */
  public static int first(double[] scores, boolean[] passing) {
    int n = scores.length;
    if (n == 0) {
      return -1;
    }
    boolean anyPasses = false;
    for (boolean p : passing) {
      anyPasses |= p;
    }
    double top = Double.NEGATIVE_INFINITY;
    int best = -1;
    for (int i = 0; i < n; i++) {
      if ((passing[i] || !anyPasses) && (best < 0 || key(scores[i]) > top)) {
        top = key(scores[i]);
        best = i;
      }
    }
    for (int i = 0; i < n; i++) {
      if ((passing[i] || !anyPasses) && tied(top, key(scores[i]))) {
        return i;
      }
    }
    return best;
  }

  /** No option: none passes every gate. */
  public static final int NONE = -1;

  /** No single option: two or more passing options share the top score. */
  public static final int TIED = -2;

  /**
   * The option ahead of every other passing option by more than {@link #TIE}; {@link #TIED} when
   * the top is shared, {@link #NONE} when no option passes. This is what "first" means when a
   * change is said to put another option first: a change that only draws level does not.
   */
  public static int clearLeader(double[] scores, boolean[] passing) {
    int best = NONE;
    for (int i = 0; i < scores.length; i++) {
      if (passing[i] && (best == NONE || key(scores[i]) > key(scores[best]))) {
        best = i;
      }
    }
    if (best == NONE) {
      return NONE;
    }
    for (int i = 0; i < scores.length; i++) {
      if (i != best && passing[i] && tied(key(scores[best]), key(scores[i]))) {
        return TIED;
      }
    }
    return best;
  }

  /** True when two scores are a tie under this rule. */
  public static boolean tied(double a, double b) {
    return a == b || Math.abs(a - b) <= TIE;
  }

  private static double key(double score) {
    return Double.isNaN(score) ? Double.NEGATIVE_INFINITY : score;
  }
}
