package dev.crossroads.analysis;

import dev.crossroads.decision.Gate;
import dev.crossroads.method.DecisionMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides the {@link Verdict} from numbers the analysis already has, in this order (documented in
 * docs/verdict.md):
 *
 * <ol>
 *   <li><b>none passes</b> when no option passes every dealbreaker on its central ratings;
 *   <li><b>tie</b> when the best passing option and the next passing one score within the tie
 *       tolerance;
 *   <li><b>clear</b> when the leader is the option most often first, first in at least {@code
 *       clearChance} of the draws (in whole percent, as printed), and stays first when any single
 *       weight moves by {@code weightMargin} either way;
 *   <li><b>likely</b> when the leader is the option most often first and first in at least {@code
 *       likelyChance} of the draws (in whole percent);
 *   <li><b>close</b> otherwise.
 * </ol>
 */
final class VerdictRule {
  private final Verdict.Thresholds thresholds;

  VerdictRule(Verdict.Thresholds thresholds) {
    this.thresholds = thresholds;
  }

  /**
   * @param wsmScores weighted-sum scores on the central ratings, in option order
   * @param passing each option's dealbreaker status on its central ratings
   * @param winner the weighted-sum winner ({@link Ranking#first})
   */
  Verdict decide(
      DecisionMatrix central,
      List<Gate> gates,
      double[] wsmScores,
      boolean[] passing,
      int winner,
      Sensitivity sensitivity,
      Robustness robustness) {
    List<String> ids = central.options().stream().map(o -> o.id()).toList();
    int n = ids.size();
    boolean anyPasses = false;
    for (boolean p : passing) {
      anyPasses |= p;
    }
    if (!anyPasses) {
      return nonePasses(central, gates, ids);
    }
    int[] order = Ranking.order(wsmScores, passing);
    Optional<String> runnerUp =
        n > 1 && passing[order[1]] ? Optional.of(ids.get(order[1])) : Optional.empty();
    String leader = ids.get(winner);
    OptionOdds leaderOdds = robustness.odds(leader);
    Optional<OptionOdds> rivalOdds =
        robustness.options().stream()
            .filter(o -> !o.optionId().equals(leader) && o.wins() > 0)
            .reduce((a, b) -> b.wins() > a.wins() ? b : a);
    Optional<String> rival = rivalOdds.map(OptionOdds::optionId);
    double rivalChance = rivalOdds.map(OptionOdds::probabilityFirst).orElse(0.0);
    double chance = leaderOdds.probabilityFirst();

    // Level with the top passing score, as Ranking cuts its runs (not with the winner, which is
    // the earliest of the run and may sit a hair below the top).
    double top = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (passing[i]) {
        top = Math.max(top, wsmScores[i]);
      }
    }
    List<String> tied = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (passing[i] && Ranking.tied(top, wsmScores[i])) {
        tied.add(ids.get(i));
      }
    }
    Verdict.Kind kind;
    Verdict.Reason reason;
    boolean mostOftenFirst = rivalOdds.map(r -> leaderOdds.wins() > r.wins()).orElse(true);
    if (tied.size() > 1) {
      kind = Verdict.Kind.TIE;
      reason = Verdict.Reason.EQUAL_SCORES;
    } else if (!mostOftenFirst) {
      kind = Verdict.Kind.CLOSE;
      reason = Verdict.Reason.ANOTHER_MORE_OFTEN_FIRST;
    } else if (reaches(chance, thresholds.clearChance()) && holdsUnderWeightShifts(sensitivity)) {
      kind = Verdict.Kind.CLEAR;
      reason = Verdict.Reason.FIRST_IN_MOST_DRAWS;
    } else if (reaches(chance, thresholds.clearChance())) {
      kind = Verdict.Kind.LIKELY;
      reason = Verdict.Reason.SHIFTS_WITH_A_WEIGHT;
    } else if (reaches(chance, thresholds.likelyChance())) {
      kind = Verdict.Kind.LIKELY;
      reason = Verdict.Reason.FIRST_IN_HALF_OR_MORE;
    } else {
      kind = Verdict.Kind.CLOSE;
      reason = Verdict.Reason.FIRST_IN_UNDER_HALF;
    }
    if (kind != Verdict.Kind.TIE) {
      tied = List.of();
    }
    return new Verdict(
        kind,
        Optional.of(leader),
        runnerUp,
        chance,
        rival,
        rivalChance,
        leaderOdds.probabilityFailsGate(),
        reason,
        tied,
        kind == Verdict.Kind.TIE ? Optional.empty() : overturn(sensitivity),
        Optional.empty(),
        List.of(),
        thresholds);
  }

  /**
   * True when a chance reaches a threshold as people read it: in whole percent, rounded half to
   * even as the reports print it, so "first in 80 of 100" is never called less than clear.
   */
  static boolean reaches(double chance, double threshold) {
    return Math.rint(chance * 100) >= Math.rint(threshold * 100);
  }

  /** True when no single weight moved by the margin either way changes the winner. */
  private boolean holdsUnderWeightShifts(Sensitivity sensitivity) {
    double margin = thresholds.weightMargin();
    for (WeightInterval interval : sensitivity.weights()) {
      double w = interval.weight();
      if (interval.low() > Math.max(0, w - margin) || interval.high() < Math.min(1, w + margin)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The smaller of the nearest weight change and the nearest rating change, each measured as a
   * share of its own range (weights run 0..1, a rating its scale); the weight on equal shares.
   */
  private static Optional<Verdict.Overturn> overturn(Sensitivity sensitivity) {
    Optional<WeightChange> weight = sensitivity.smallestWeightChange();
    Optional<RatingChange> rating = sensitivity.smallestRatingChange();
    if (weight.isPresent()
        && (rating.isEmpty() || weight.get().distance() <= rating.get().fractionOfSpan())) {
      return Optional.of(new Verdict.Overturn.ByWeight(weight.get()));
    }
    return rating.map(Verdict.Overturn.ByRating::new);
  }

  private Verdict nonePasses(DecisionMatrix central, List<Gate> gates, List<String> ids) {
    int best = -1;
    double bestDistance = Double.POSITIVE_INFINITY;
    List<Verdict.Shortfall> bestNeeds = List.of();
    for (int i = 0; i < ids.size(); i++) {
      List<Verdict.Shortfall> needs = new ArrayList<>();
      double distance = 0;
      for (Gate gate : gates) {
        int j = central.criterionIndex(gate.criterionId());
        double value = central.raw(i, j);
        if (gate.passes(value)) {
          continue;
        }
        double limit =
            gate.atLeast().isPresent() && value < gate.atLeast().getAsDouble()
                ? gate.atLeast().getAsDouble()
                : gate.atMost().getAsDouble();
        needs.add(new Verdict.Shortfall(gate.criterionId(), gate, value, limit));
        distance += Math.abs(limit - value) / span(central, j);
      }
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
        bestNeeds = needs;
      }
    }
    return new Verdict(
        Verdict.Kind.NONE_PASSES,
        Optional.empty(),
        Optional.empty(),
        0,
        Optional.empty(),
        0,
        0,
        Verdict.Reason.EVERY_OPTION_FAILS,
        List.of(),
        Optional.empty(),
        best < 0 ? Optional.empty() : Optional.of(ids.get(best)),
        bestNeeds,
        thresholds);
  }

  /** The span a distance on criterion j is measured against, as in the sensitivity analysis. */
  private static double span(DecisionMatrix central, int j) {
    double[] column = new double[central.optionCount()];
    for (int i = 0; i < column.length; i++) {
      column[i] = central.raw(i, j);
    }
    return RatingDomain.of(central.criteria().get(j), column).span();
  }
}
