package dev.crossroads.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Weight intervals for the weighted-sum winner, exactly. Setting criterion k's weight to t and
 * rescaling the others in proportion, w_j(t) = w_j (1 - t) / (1 - w_k), makes every score linear
 * in t: S_i(t) = t a_i + (1 - t) b_i with a_i the option's value on k and b_i its weighted mean
 * value on the other criteria. The winner stays first while no rival's line crosses above its
 * own, so each interval end is the nearest crossing. When the other weights are all 0 (w_k = 1),
 * the weight given up is shared equally among the other criteria. Only options in the winner's
 * gate group compete: a gated-out option can never take over.
 */
final class WeightSensitivity {
  private WeightSensitivity() {}

  /**
   * @param values the options' 0..1 values, {@code values[i][j]}
   * @param passing each option's gate status; options in a different group than the winner
   *     cannot overtake it
   */
  static List<WeightInterval> intervals(
      List<String> optionIds,
      List<String> criterionIds,
      double[][] values,
      double[] weights,
      boolean[] passing,
      int winner) {
    int n = values.length;
    int m = weights.length;
    List<WeightInterval> out = new ArrayList<>();
    double[] a = new double[n];
    double[] b = new double[n];
    if (m == 1) {
      // A single criterion always carries all the weight: there is nothing to move.
      out.add(new WeightInterval(criterionIds.get(0), weights[0], 0, 1, Optional.empty(), Optional.empty()));
      return out;
    }
    for (int k = 0; k < m; k++) {
      double others = 0;
      for (int j = 0; j < m; j++) {
        if (j != k) {
          others += weights[j];
        }
      }
      for (int i = 0; i < n; i++) {
        a[i] = values[i][k];
        double rest = 0;
        for (int j = 0; j < m; j++) {
          if (j != k) {
            rest += (others > 0 ? weights[j] : 1) * values[i][j];
          }
        }
        b[i] = others > 0 ? rest / others : (m > 1 ? rest / (m - 1) : 0);
      }
      double lo = Double.NEGATIVE_INFINITY;
      double hi = Double.POSITIVE_INFINITY;
      int below = -1;
      int above = -1;
      double belowSlope = 0;
      double aboveSlope = 0;
      for (int q = 0; q < n; q++) {
        if (q == winner || passing[q] != passing[winner]) {
          continue;
        }
        // D(t) = S_winner(t) - S_q(t); the winner stays while D >= c, where c is the tie
        // tolerance that an earlier option wins ties by (see Ranking). With alpha = D(0) - c
        // and beta the slope, the winner stays while alpha + beta t >= 0.
        double c = q < winner ? Ranking.TIE : -Ranking.TIE;
        double beta = (a[winner] - a[q]) - (b[winner] - b[q]);
        double alpha = b[winner] - b[q] - c;
        if (beta > 0) {
          double root = -alpha / beta;
          if (root > lo || (root == lo && beta > belowSlope)) {
            lo = root;
            below = q;
            belowSlope = beta;
          }
        } else if (beta < 0) {
          double root = -alpha / beta;
          if (root < hi || (root == hi && beta < aboveSlope)) {
            hi = root;
            above = q;
            aboveSlope = beta;
          }
        }
      }
      double wk = weights[k];
      // Rounding can put a crossing a hair past the current weight, where the winner holds.
      lo = Math.min(Math.max(lo, 0), wk);
      hi = Math.max(Math.min(hi, 1), wk);
      Optional<String> takeoverBelow =
          below >= 0 && lo > 0 ? Optional.of(optionIds.get(below)) : Optional.empty();
      Optional<String> takeoverAbove =
          above >= 0 && hi < 1 ? Optional.of(optionIds.get(above)) : Optional.empty();
      out.add(new WeightInterval(criterionIds.get(k), wk, lo, hi, takeoverBelow, takeoverAbove));
    }
    return out;
  }

  /**
   * For each interval with a takeover at either end, the nearest readable weight beyond that end
   * (whole percent, else finer) at which scoring really puts another option first; the one
   * nearer to the current weight per criterion, nearest first overall.
   */
  static List<WeightChange> changes(
      List<String> optionIds,
      List<WeightInterval> intervals,
      double[][] values,
      double[] weights,
      boolean[] passing,
      int winner) {
    List<WeightChange> out = new ArrayList<>();
    for (int k = 0; k < intervals.size(); k++) {
      WeightInterval interval = intervals.get(k);
      WeightChange down =
          interval.takeoverBelow().isPresent()
              ? nearest(optionIds, interval, k, interval.low(), -1, values, weights, passing, winner)
              : null;
      WeightChange up =
          interval.takeoverAbove().isPresent()
              ? nearest(optionIds, interval, k, interval.high(), +1, values, weights, passing, winner)
              : null;
      Nearer.of(down, up, WeightChange::distance).ifPresent(out::add);
    }
    out.sort(Comparator.comparingDouble(WeightChange::distance));
    return out;
  }

  private static WeightChange nearest(
      List<String> optionIds,
      WeightInterval interval,
      int k,
      double end,
      int dir,
      double[][] values,
      double[] weights,
      boolean[] passing,
      int winner) {
    boolean[] eligible = passing;
    boolean anyPasses = false;
    for (boolean p : passing) {
      anyPasses |= p;
    }
    if (!anyPasses) {
      // With no option passing, first place is on score alone, as in the ranking.
      eligible = new boolean[passing.length];
      Arrays.fill(eligible, true);
    }
    // Weights read in whole percent first: a step of 10^-2.
    for (double t : ReadableValues.beyond(end, dir, -2)) {
      if (t < 0 || t > 1 || (t - weights[k]) * dir <= 0) {
        continue;
      }
      int first = Ranking.clearLeader(scores(k, t, values, weights), eligible);
      // A weight moves no gate, so the new first is always an option; drawing level is no change.
      if (first >= 0 && first != winner) {
        return new WeightChange(interval.criterionId(), weights[k], t, optionIds.get(first));
      }
    }
    return null;
  }

  /**
   * Weighted sums with criterion k's weight set to t and the others rescaled in proportion (shared
   * equally when they were all 0), as a person changing one weight would see them.
   */
  static double[] scores(int k, double t, double[][] values, double[] weights) {
    int m = weights.length;
    double others = 0;
    for (int j = 0; j < m; j++) {
      if (j != k) {
        others += weights[j];
      }
    }
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      double s = t * values[i][k];
      for (int j = 0; j < m; j++) {
        if (j != k) {
          double wj = others > 0 ? weights[j] * (1 - t) / others : (1 - t) / (m - 1);
          s += wj * values[i][j];
        }
      }
      out[i] = s;
    }
    return out;
  }
}
