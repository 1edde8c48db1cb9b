package dev.crossroads.analysis;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.method.DecisionMatrix;
import dev.crossroads.method.WeightedSum;
import dev.crossroads.weighting.Weighting;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An independent weighted sum for checking sensitivity figures by recomputation: the winner as
 * the ranking puts it first, and the standing a reported change must produce (strictly first).
 */
final class Wsm {
  /** What a reported change must produce: the strict first among passing options. */
  static final String TIED = "(tie)";

  static final String NONE = "(none passes)";

  private Wsm() {}

  static String winner(Decision d) {
    return winner(d, weights(d));
  }

  static String winner(Decision d, double[] w) {
    DecisionMatrix central = DecisionMatrix.central(d);
    return d.options().get(Ranking.first(new WeightedSum().scores(central, w), passing(d, central))).id();
  }

  /** The winner with criterion k's weight set to t and the others rescaled in proportion. */
  static String winnerAtWeight(Decision d, int k, double t) {
    return winner(d, moved(weights(d), k, t));
  }

  /** The winner with one rating replaced by a point value. */
  static String winnerWithRating(Decision d, String option, String criterion, double x) {
    return winner(withRating(d, option, criterion, x));
  }

  static Decision withDirectWeights(Decision d, Map<String, Double> weights) {
    return d.withWeights(new WeightInput.Direct(weights));
  }

  /**
   * Who is first on these weights: an option id ahead of every other passing option, {@link
   * #TIED} when the top is shared, {@link #NONE} when no option passes.
   */
  static String standing(Decision d, double[] w) {
    DecisionMatrix central = DecisionMatrix.central(d);
    int first = Ranking.clearLeader(new WeightedSum().scores(central, w), passing(d, central));
    return first == Ranking.TIED ? TIED : first == Ranking.NONE ? NONE : d.options().get(first).id();
  }

  static String standing(Decision d) {
    return standing(d, weights(d));
  }

  static String standingAtWeight(Decision d, int k, double t) {
    return standing(d, moved(weights(d), k, t));
  }

  static String standingWithRating(Decision d, String option, String criterion, double x) {
    return standing(withRating(d, option, criterion, x));
  }

  private static double[] weights(Decision d) {
    return Weighting.compute(d.criteria(), d.weights()).toArray(d.criteria());
  }

  private static boolean[] passing(Decision d, DecisionMatrix central) {
    boolean[] passing = new boolean[central.optionCount()];
    for (int i = 0; i < passing.length; i++) {
      passing[i] = true;
      for (Gate g : d.gates()) {
        passing[i] &= g.passes(central.raw(i, d.criterionIndex(g.criterionId())));
      }
    }
    return passing;
  }

  /** Criterion k's weight set to t, the others rescaled in proportion (shared equally if all 0). */
  private static double[] moved(double[] w, int k, double t) {
    double[] moved = new double[w.length];
    double others = 1 - w[k];
    for (int j = 0; j < w.length; j++) {
      if (j == k) {
        moved[j] = t;
      } else if (others > 0) {
        moved[j] = w[j] * (1 - t) / others;
      } else {
        moved[j] = (1 - t) / (w.length - 1);
      }
    }
    return moved;
  }

  private static Decision withRating(Decision d, String option, String criterion, double x) {
    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    d.ratings().forEach((o, row) -> ratings.put(o, new LinkedHashMap<>(row)));
    ratings.get(option).put(criterion, Rating.of(x));
    return d.withRatings(ratings);
  }
}
