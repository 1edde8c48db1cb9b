package dev.crossroads.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What knowing each uncertain input before choosing would be worth, estimated from the draws the
 * Monte Carlo already made: the expected value of partial perfect information,
 *
 * <pre>EVPPI(X) = E_X[ max_a E[worth_a | X] ] - max_a E[worth_a]</pre>
 *
 * where an option's worth in a draw is its score there, or 0 when it fails a dealbreaker in that
 * draw (see {@link DrawLog}), so that knowing everything about a draw picks the option the Monte
 * Carlo counts first in it. The baseline is the option with the best average worth over all the
 * draws: the choice on what is known now.
 *
 * <p><b>Groups.</b> The draws are sorted by the input's value and cut into about {@link
 * #bins(int)} groups of equal count, each one slice of the input's distribution (quantile bins);
 * where a dealbreaker's limit lies inside a range, the draws are first cut there, since worth
 * jumps across it, and each side is sliced on its own. Within a group, the option with the best
 * average worth is the choice one would make knowing the input lies in that slice, and its worth
 * less the baseline's is what knowing gains there.
 *
 * <p><b>Folds.</b> Picking the best of noisy averages and scoring it on the draws it was picked
 * from would flatter every input, since the largest of several noisy averages is too high on
 * average. So the draws are dealt into {@value #FOLDS} folds (draw d into fold d mod 10), and
 * each fold's draws are scored under the picks made from the other folds' draws in the same
 * group. Every draw d then gives one gain, D_d = worth(pick for d's group without d's fold) -
 * worth(baseline); the estimate is the mean of D over all N draws. Its standard error is the
 * larger of sd(D) / sqrt(N) and the spread of the ten folds' means (sd / sqrt(10)), which also
 * carries how much the picks themselves vary. An input that cannot change the choice gets
 * exactly 0 when no group ever picks another option, and less than 0 on average when noise makes
 * a group pick a worse one; it never gains from noise.
 *
 * <p>Slicing loses what happens within a slice, so the estimate is a little low where a slice
 * straddles the value at which the choice turns; {@code InformationBruteForceTest} measures this
 * against exact values. An input changes the choice only when its estimate is above zero by
 * more than {@value #ERRORS} standard errors; the others are zero within error.
 *
 * <p>The chance that knowing the input changes the choice is the share of draws scored under a
 * pick other than the baseline, counting a group only where its pick beats the baseline over all
 * the group's draws by more than {@value #CHANCE_ERRORS} standard error of the difference: two
 * options about equally good otherwise trade places in many groups by noise alone.
 */
final class InformationEstimator {
  /** How many standard errors above zero an estimate must be to count as changing the choice. */
  static final double ERRORS = ValueOfInformation.ERRORS;

  /** Folds for scoring each draw under picks made without it. */
  static final int FOLDS = 10;

  /** How many standard errors a group's pick must lead the baseline by to count as a change. */
  static final double CHANCE_ERRORS = 1;

  /** With fewer draws than this, nothing is estimated. */
  static final int MIN_DRAWS = 100;

  private InformationEstimator() {}

  /**
   * Groups per input: about sqrt(N) / 5 (20 for the default 10,000 draws), between 2 and 50, so
   * a group holds enough draws for a steady average (500 by default) while each still covers a
   * narrow slice of the input; 0 below {@value #MIN_DRAWS} draws.
   */
  static int bins(int draws) {
    if (draws < MIN_DRAWS) {
      return 0;
    }
    long b = Math.round(Math.sqrt(draws) / 5);
    return (int) Math.max(2, Math.min(50, b));
  }

  static ValueOfInformation estimate(DrawLog log, List<String> optionIds) {
    int draws = log.draws();
    int n = log.options();
    if (draws == 0 || n == 0) {
      // A run that kept no draws: nothing to say, not even what is uncertain.
      return new ValueOfInformation(
          optionIds.isEmpty() ? "" : optionIds.get(0), 0, 0, 0, draws, 0, List.of());
    }
    double[] mean = new double[n];
    for (int d = 0; d < draws; d++) {
      for (int a = 0; a < n; a++) {
        mean[a] += log.worth(d, a);
      }
    }
    for (int a = 0; a < n; a++) {
      mean[a] /= draws;
    }
    int baseline = best(mean, -1);

    // Knowing everything: the best worth in each draw, less the baseline's.
    double[] gain = new double[draws];
    for (int d = 0; d < draws; d++) {
      double top = Double.NEGATIVE_INFINITY;
      for (int a = 0; a < n; a++) {
        top = Math.max(top, log.worth(d, a));
      }
      gain[d] = top - log.worth(d, baseline);
    }
    double perfect = mean(gain);
    double perfectError = standardError(gain, perfect);

    int bins = bins(draws);
    List<InformationValue> values = new ArrayList<>();
    Grouping grouping = new Grouping(draws, bins);
    for (int k = 0; k < log.inputs().size(); k++) {
      values.add(
          bins > 0
              ? one(log, k, grouping, baseline, gain, optionIds)
              // Too few draws to tell: listed, but never said to change the choice.
              : new InformationValue(log.inputs().get(k), 0, 0, 0, Optional.empty(), false));
    }
    List<UncertainInput> order = log.inputs();
    values.sort(
        Comparator.comparingDouble(InformationValue::value)
            .reversed()
            .thenComparing(Comparator.comparingDouble(InformationValue::chanceChanges).reversed())
            .thenComparingInt(v -> order.indexOf(v.input())));
    return new ValueOfInformation(
        optionIds.get(baseline), mean[baseline], perfect, perfectError, draws, bins, values);
  }

  /** Which group each draw falls in, by one input; the arrays are reused from input to input. */
  private static final class Grouping {
    final long[] keys;
    final int[] group;
    final int bins;

    Grouping(int draws, int bins) {
      keys = new long[draws];
      group = new int[draws];
      this.bins = bins;
    }

    /**
     * Puts each draw in its group by input {@code k}: sorted by value, cut at every cut value,
     * and each stretch between cuts split into quantile groups, about as many as its share of the
     * draws (at least one). Returns the number of groups.
     */
    int assign(DrawLog log, int k) {
      int draws = log.draws();
      // Sort by the input's value, the draw's index breaking ties, in one primitive sort.
      for (int d = 0; d < draws; d++) {
        keys[d] = ((long) sortable(log.input(k, d)) << 32) | d;
      }
      Arrays.sort(keys);
      List<Double> cuts = log.cuts(k);
      int groups = 0;
      int start = 0;
      for (int c = 0; c <= cuts.size(); c++) {
        int end = draws;
        if (c < cuts.size()) {
          int cut = sortable((float) (double) cuts.get(c));
          end = start;
          while (end < draws && (int) (keys[end] >> 32) < cut) {
            end++;
          }
        }
        int size = end - start;
        if (size > 0) {
          int stretch = (int) Math.max(1, Math.round((double) size * bins / draws));
          for (int r = start; r < end; r++) {
            group[(int) keys[r]] = groups + (int) ((long) (r - start) * stretch / size);
          }
          groups += stretch;
        }
        start = end;
      }
      return groups;
    }
  }

  private static InformationValue one(
      DrawLog log, int k, Grouping g, int baseline, double[] gain, List<String> optionIds) {
    int draws = log.draws();
    int n = log.options();
    int bins = g.assign(log, k);
    double[][] sum = new double[bins][n];
    int[] count = new int[bins];
    double[][][] foldSum = new double[FOLDS][bins][n];
    int[][] foldCount = new int[FOLDS][bins];
    // Each option's worth against the baseline's, squared and summed per group, for the
    // standard error of their difference.
    double[][] squares = new double[bins][n];
    for (int d = 0; d < draws; d++) {
      int f = d % FOLDS;
      int b = g.group[d];
      count[b]++;
      foldCount[f][b]++;
      double base = log.worth(d, baseline);
      for (int a = 0; a < n; a++) {
        double v = log.worth(d, a);
        sum[b][a] += v;
        foldSum[f][b][a] += v;
        squares[b][a] += (v - base) * (v - base);
      }
    }
    // Each fold's pick in each group, from the group's draws in the other folds.
    int[][] pick = new int[FOLDS][bins];
    double[] means = new double[n];
    for (int f = 0; f < FOLDS; f++) {
      for (int b = 0; b < bins; b++) {
        int c = count[b] - foldCount[f][b];
        if (c == 0) {
          pick[f][b] = baseline;
          continue;
        }
        for (int a = 0; a < n; a++) {
          means[a] = (sum[b][a] - foldSum[f][b][a]) / c;
        }
        pick[f][b] = best(means, baseline);
      }
    }
    int changed = 0;
    int[] switches = new int[n];
    for (int d = 0; d < draws; d++) {
      int b = g.group[d];
      int p = pick[d % FOLDS][b];
      gain[d] = log.worth(d, p) - log.worth(d, baseline);
      if (p != baseline && leads(sum[b], squares[b], count[b], p, baseline)) {
        changed++;
        switches[p]++;
      }
    }
    double value = mean(gain);
    double error = standardError(gain, value);
    int most = -1;
    for (int a = 0; a < n; a++) {
      if (switches[a] > 0 && (most < 0 || switches[a] > switches[most])) {
        most = a;
      }
    }
    return new InformationValue(
        log.inputs().get(k),
        value,
        error,
        (double) changed / draws,
        most < 0 ? Optional.empty() : Optional.of(optionIds.get(most)),
        value > 0 && value > ERRORS * error);
  }

  /**
   * Whether option {@code p} is worth more than the baseline over a group's draws by more than
   * {@link #CHANCE_ERRORS} standard errors of their paired difference.
   */
  private static boolean leads(double[] sum, double[] squares, int count, int p, int baseline) {
    if (count < 2) {
      return false;
    }
    double diff = (sum[p] - sum[baseline]) / count;
    double variance = Math.max(0, squares[p] / count - diff * diff) * count / (count - 1);
    return diff > CHANCE_ERRORS * Math.sqrt(variance / count);
  }

  /**
   * The option with the highest mean; {@code preferred} (the baseline) when it is level with the
   * highest (within {@link Ranking#TIE}), else the earliest level one, as rankings settle ties.
   */
  private static int best(double[] means, int preferred) {
    double top = Double.NEGATIVE_INFINITY;
    for (double v : means) {
      top = Math.max(top, v);
    }
    if (preferred >= 0 && Ranking.tied(top, means[preferred])) {
      return preferred;
    }
    for (int a = 0; a < means.length; a++) {
      if (Ranking.tied(top, means[a])) {
        return a;
      }
    }
    return 0;
  }

  /** A float's bits as an int that sorts in the same order as the float. */
  private static int sortable(float value) {
    int bits = Float.floatToIntBits(value);
    return bits ^ ((bits >> 31) & 0x7fffffff);
  }

  private static double mean(double[] xs) {
    double s = 0;
    for (double x : xs) {
      s += x;
    }
    return s / xs.length;
  }

  /**
   * The standard error of the mean gain: sd / sqrt(N) over the draws, or over the folds' means
   * when that is larger, since the folds' picks differ and the draws' spread does not show it.
   */
  private static double standardError(double[] xs, double mean) {
    int draws = xs.length;
    if (draws < FOLDS) {
      return 0;
    }
    double squares = 0;
    double[] foldMean = new double[FOLDS];
    int[] foldCount = new int[FOLDS];
    for (int d = 0; d < draws; d++) {
      squares += (xs[d] - mean) * (xs[d] - mean);
      foldMean[d % FOLDS] += xs[d];
      foldCount[d % FOLDS]++;
    }
    double overDraws = Math.sqrt(squares / (draws - 1) / draws);
    double between = 0;
    for (int f = 0; f < FOLDS; f++) {
      double m = foldMean[f] / foldCount[f] - mean;
      between += m * m;
    }
    double overFolds = Math.sqrt(between / (FOLDS - 1) / FOLDS);
    return Math.max(overDraws, overFolds);
  }
}
