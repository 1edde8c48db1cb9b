package dev.crossroads.session;

import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.method.DecisionMatrix;
import dev.crossroads.method.WeightedSum;
import dev.crossroads.weighting.Weighting;
import dev.crossroads.weighting.Weights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A summary from the weighted sum alone: the ranking with scores out of 100 (an option failing
 * a dealbreaker is never first), the weights, and the ratings left as "don't know". The full
 * analysis (more methods, sensitivity, Monte Carlo) plugs in through {@link Summarizer}.
 */
public final class WeightedSumSummary implements Summarizer {

  @Override
  public Summary summarize(Decision decision, Messages m, int width) {
    List<Criterion> criteria = decision.criteria();
    Weights weights = Weighting.compute(criteria, decision.weights());
    double[] w = weights.toArray(criteria);
    double[] scores = new WeightedSum().scores(DecisionMatrix.central(decision), w);
    List<Option> options = decision.options();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingInt(i -> failsGate(decision, options.get(i)) ? 1 : 0)
        .thenComparing(i -> -scores[i]));

    List<String> lines = new ArrayList<>();
    lines.add(m.get("session.summary.ranking"));
    int labelWidth = 0;
    for (Option o : options) {
      labelWidth = Math.max(labelWidth, Layout.width(o.label()));
    }
    labelWidth = Math.min(labelWidth, Math.max(12, width - 30));
    List<String> ranking = new ArrayList<>();
    for (int r = 0; r < order.size(); r++) {
      int i = order.get(r);
      Option o = options.get(i);
      ranking.add(o.id());
      int score = (int) Math.round(scores[i] * 100);
      String bar = "█".repeat(Math.max(0, score / 5));
      String line = "  " + (r + 1) + ". " + Layout.pad(o.label(), labelWidth) + "  "
          + Layout.padLeft(Integer.toString(score), 3) + "  " + bar;
      if (failsGate(decision, o)) {
        line += "  " + m.get("session.summary.failsGate");
      }
      lines.add(line);
    }
    lines.add("");
    lines.add(m.get("session.summary.weights"));
    int critWidth = 0;
    for (Criterion c : criteria) {
      critWidth = Math.max(critWidth, Layout.width(c.label()));
    }
    for (Criterion c : criteria) {
      double pct = weights.byCriterion().getOrDefault(c.id(), 0.0) * 100;
      lines.add("  " + Layout.pad(c.label(), critWidth) + "  "
          + Layout.padLeft(String.format(Locale.ROOT, "%.0f%%", pct), 4));
    }
    weights.consistency().ifPresent(cons -> lines.add(m.get("session.summary.consistency",
        String.format(Locale.ROOT, "%.2f", cons.consistencyRatio()))));
    List<String> unknown = new ArrayList<>();
    for (Option o : options) {
      for (Criterion c : criteria) {
        Rating r = decision.ratings().getOrDefault(o.id(), java.util.Map.of()).get(c.id());
        if (r != null && Scales.bounds(c).isPresent() && r.low() == Scales.bounds(c).get()[0]
            && r.high() == Scales.bounds(c).get()[1] && r.low() < r.high()) {
          unknown.add(o.label() + " × " + c.label());
        }
      }
    }
    if (!unknown.isEmpty()) {
      lines.add("");
      lines.add(m.get("session.summary.unknowns"));
      unknown.forEach(u -> lines.add("  - " + u));
    }
    return new Summary(ranking, String.join("\n", lines));
  }

  private static boolean failsGate(Decision d, Option o) {
    for (Gate g : d.gates()) {
      Rating r = d.ratings().getOrDefault(o.id(), java.util.Map.of()).get(g.criterionId());
      if (r != null && !g.passes(r.central())) {
        return true;
      }
    }
    return false;
  }
}
