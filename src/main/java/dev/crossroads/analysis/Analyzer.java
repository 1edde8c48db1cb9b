package dev.crossroads.analysis;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.InvalidDecisionException;
import dev.crossroads.decision.LimitCheck;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.method.Aggregation;
import dev.crossroads.method.DecisionMatrix;
import dev.crossroads.method.ValueFunctions;
import dev.crossroads.method.WeightedSum;
import dev.crossroads.weighting.Weighting;
import dev.crossroads.weighting.Weights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one verb of this package: a decision and settings in, the whole analysis out. Each method
 * given to the constructor ranks the options; sensitivity and the Monte Carlo are always about
 * the weighted sum, whichever methods are listed.
 */
public final class Analyzer {
  private final List<Aggregation> methods;

  public Analyzer(List<Aggregation> methods) {
    this.methods = List.copyOf(methods);
  }

  /**
   * @throws InvalidDecisionException when the decision has more options, criteria or scenarios
   *     than {@link dev.crossroads.decision.Limits} allow or a number beyond them, has no options or
   *     criteria, misses a rating, or gates an unknown criterion; or when its weights cannot be
   *     normalised
   */
  public AnalysisResult analyze(Decision decision, AnalysisSettings settings) {
    validate(decision);
    List<Criterion> criteria = decision.criteria();
    List<String> optionIds = decision.options().stream().map(Option::id).toList();
    List<String> criterionIds = criteria.stream().map(Criterion::id).toList();

    Weights weights = Weighting.compute(criteria, decision.weights());
    double[] w = weights.toArray(criteria);
    DecisionMatrix central = DecisionMatrix.central(decision);

    List<List<Gate>> failures = GateCheck.failures(decision, central);
    boolean[] passing = GateCheck.passing(failures);
    Map<String, List<Gate>> failedGates = new LinkedHashMap<>();
    boolean anyPasses = false;
    for (int i = 0; i < optionIds.size(); i++) {
      failedGates.put(optionIds.get(i), failures.get(i));
      anyPasses |= passing[i];
    }

    List<MethodRanking> rankings = new ArrayList<>();
    for (Aggregation method : methods) {
      rankings.add(rank(method.id(), method.scores(central, w), passing, optionIds));
    }
    boolean sameWinner = true;
    boolean sameOrder = true;
    for (MethodRanking r : rankings) {
      sameWinner &= r.winner().equals(rankings.get(0).winner());
      sameOrder &= r.order().equals(rankings.get(0).order());
    }

    double[][] values = ValueFunctions.values(central);
    double[] wsmScores = new WeightedSum().scoresOfValues(values, w);
    int winner = Ranking.first(wsmScores, passing);
    List<RatingChange> ratingChanges =
        new RatingSensitivity(central, decision.gates(), values, w, passing, winner).changes();
    List<WeightInterval> intervals =
        WeightSensitivity.intervals(optionIds, criterionIds, values, w, passing, winner);
    Sensitivity sensitivity =
        new Sensitivity(
            optionIds.get(winner),
            intervals,
            WeightSensitivity.changes(optionIds, intervals, values, w, passing, winner),
            ratingChanges,
            ratingChanges.isEmpty() ? Optional.empty() : Optional.of(ratingChanges.get(0)));

    MonteCarlo monteCarlo = new MonteCarlo(decision, w);
    DrawLog log = monteCarlo.newLog(settings);
    Robustness robustness = monteCarlo.run(settings, log);
    ValueOfInformation information = InformationEstimator.estimate(log, optionIds);
    Verdict verdict =
        new VerdictRule(Verdict.Thresholds.DEFAULT)
            .decide(central, decision.gates(), wsmScores, passing, winner, sensitivity, robustness);

    Map<String, Double> normalised = new LinkedHashMap<>();
    for (int j = 0; j < criteria.size(); j++) {
      normalised.put(criterionIds.get(j), w[j]);
    }
    return new AnalysisResult(
        normalised,
        weights.consistency(),
        failedGates,
        !anyPasses,
        rankings,
        sameWinner,
        sameOrder,
        sensitivity,
        robustness,
        verdict,
        GateCheck.risks(decision, robustness),
        information);
  }

  private static MethodRanking rank(
      String methodId, double[] scores, boolean[] passing, List<String> optionIds) {
    int[] order = Ranking.order(scores, passing);
    List<RankedOption> ranked = new ArrayList<>();
    for (int r = 0; r < order.length; r++) {
      int i = order[r];
      ranked.add(new RankedOption(optionIds.get(i), scores[i], r + 1, passing[i]));
    }
    return new MethodRanking(methodId, ranked);
  }

  private static void validate(Decision decision) {
    // Before any work: a decision past the limits could take minutes, or overflow a sum.
    LimitCheck.forAnalysis(decision);
    if (decision.options().isEmpty()) {
      throw new InvalidDecisionException("analysis.noOptions");
    }
    if (decision.criteria().isEmpty()) {
      throw new InvalidDecisionException("analysis.noCriteria");
    }
    for (Option o : decision.options()) {
      Map<String, Rating> row = decision.ratings().get(o.id());
      for (Criterion c : decision.criteria()) {
        Rating r = row == null ? null : row.get(c.id());
        if (r == null) {
          throw new InvalidDecisionException("analysis.missingRating", o.id(), c.id());
        }
        if (!Double.isFinite(r.low()) || !Double.isFinite(r.high()) || !Double.isFinite(r.central())) {
          throw new InvalidDecisionException("analysis.ratingNotFinite", o.id(), c.id());
        }
      }
    }
    for (Gate g : decision.gates()) {
      if (decision.criterionIndex(g.criterionId()) < 0) {
        throw new InvalidDecisionException("analysis.unknownGateCriterion", g.criterionId());
      }
    }
  }
}
