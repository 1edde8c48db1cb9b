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

/** An independent weighted-sum winner for checking sensitivity figures by recomputation. */
final class Wsm {
  private Wsm() {}

  static String winner(Decision d) {
    double[] w = Weighting.compute(d.criteria(), d.weights()).toArray(d.criteria());
    return winner(d, w);
  }

  static String winner(Decision d, double[] w) {
    DecisionMatrix central = DecisionMatrix.central(d);
    double[] scores = new WeightedSum().scores(central, w);
    boolean[] passing = new boolean[scores.length];
    for (int i = 0; i < scores.length; i++) {
      passing[i] = true;
      for (Gate g : d.gates()) {
        passing[i] &= g.passes(central.raw(i, d.criterionIndex(g.criterionId())));
      }
    }
    return d.options().get(Ranking.first(scores, passing)).id();
  }

  /** The winner with criterion k's weight set to t and the others rescaled in proportion. */
  static String winnerAtWeight(Decision d, int k, double t) {
    double[] w = Weighting.compute(d.criteria(), d.weights()).toArray(d.criteria());
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
    return winner(d, moved);
  }

  /** The winner with one rating replaced by a point value. */
  static String winnerWithRating(Decision d, String option, String criterion, double x) {
    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    d.ratings().forEach((o, row) -> ratings.put(o, new LinkedHashMap<>(row)));
    ratings.get(option).put(criterion, Rating.of(x));
    return winner(d.withRatings(ratings));
  }

  static Decision withDirectWeights(Decision d, Map<String, Double> weights) {
    return d.withWeights(new WeightInput.Direct(weights));
  }

  /** What a reported change must produce: the strict first among passing options. */
  static final String TIED = "(tie)";

  static final String NONE = "(none passes)";

  /**
   * Who is first on these weights: an option id ahead of every other passing option, {@link
   * #TIED} when the top is shared, {@link #NONE} when no option passes.
   */
  static String standing(Decision d, double[] w) {
    DecisionMatrix central = DecisionMatrix.central(d);
    double[] scores = new WeightedSum().scores(central, w);
    boolean[] passing = new boolean[scores.length];
    for (int i = 0; i < scores.length; i++) {
      passing[i] = true;
      for (Gate g : d.gates()) {
        passing[i] &= g.passes(central.raw(i, d.criterionIndex(g.criterionId())));
      }
    }
    int first = Ranking.clearLeader(scores, passing);
    return first == Ranking.TIED ? TIED : first == Ranking.NONE ? NONE : d.options().get(first).id();
  }

  static String standing(Decision d) {
    return standing(d, Weighting.compute(d.criteria(), d.weights()).toArray(d.criteria()));
  }

  static String standingAtWeight(Decision d, int k, double t) {
    double[] w = Weighting.compute(d.criteria(), d.weights()).toArray(d.criteria());
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
    return standing(d, moved);
  }

  static String standingWithRating(Decision d, String option, String criterion, double x) {
    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    d.ratings().forEach((o, row) -> ratings.put(o, new LinkedHashMap<>(row)));
    ratings.get(option).put(criterion, Rating.of(x));
    return standing(d.withRatings(ratings));
  }
}
