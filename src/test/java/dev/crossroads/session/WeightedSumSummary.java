package dev.crossroads.session;

import dev.crossroads.session.question.Scales;

import dev.crossroads.Messages;
import dev.crossroads.analysis.Ranking;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.Option;
import dev.crossroads.method.DecisionMatrix;
import dev.crossroads.method.WeightedSum;
import dev.crossroads.weighting.Weighting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.crossroads.decision.Rating;

/**
 * A quick stand-in for the full analysis in session tests: the weighted-sum ranking under the
 * analysis's own ranking rule (gates and ties alike), one line per option, then the weights and
 * the ratings left as "don't know". The product's summary
 * screen is the full analysis, plugged in by the command line.
 */
final class WeightedSumSummary implements Summarizer {

  @Override
  public RenderedSummary summarize(Decision decision, Messages m, int width) {
    List<Criterion> criteria = decision.criteria();
    double[] w = Weighting.compute(criteria, decision.weights()).toArray(criteria);
    DecisionMatrix central = DecisionMatrix.central(decision);
    double[] scores = new WeightedSum().scores(central, w);
    List<Option> options = decision.options();
    boolean[] passing = new boolean[options.size()];
    for (int i = 0; i < passing.length; i++) {
      passing[i] = true;
      for (Gate g : decision.gates()) {
        passing[i] &= g.passes(central.raw(i, decision.criterionIndex(g.criterionId())));
      }
    }
    List<String> ranking = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    int[] order = Ranking.order(scores, passing);
    for (int r = 0; r < order.length; r++) {
      Option o = options.get(order[r]);
      ranking.add(o.id());
      lines.add("  " + (r + 1) + ". " + o.label() + "  " + Math.round(scores[order[r]] * 100)
          + (passing[order[r]] ? "" : "  (fails a dealbreaker)"));
    }
    lines.add("Weights");
    for (int j = 0; j < criteria.size(); j++) {
      lines.add("  " + criteria.get(j).label() + "  " + Math.round(w[j] * 100) + "%");
    }
    List<String> unknown = new ArrayList<>();
    for (Option o : options) {
      for (Criterion c : criteria) {
        Rating r = decision.rating(o.id(), c.id());
        Optional<double[]> ends = Scales.bounds(c);
        if (ends.isPresent() && r.low() == ends.get()[0] && r.high() == ends.get()[1] && r.low() < r.high()) {
          unknown.add("  - " + o.label() + " × " + c.label());
        }
      }
    }
    if (!unknown.isEmpty()) {
      lines.add("Key uncertainties");
      lines.addAll(unknown);
    }
    return new RenderedSummary(ranking, String.join("\n", lines));
  }
}
