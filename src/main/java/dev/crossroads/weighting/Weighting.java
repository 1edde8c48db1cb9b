package dev.crossroads.weighting;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.InvalidDecisionException;
import dev.crossroads.decision.WeightInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one entry point: raw weighting answers in, normalised weights out. */
public final class Weighting {
  private Weighting() {}

  public static Weights compute(List<Criterion> criteria, WeightInput input) {
    if (input instanceof WeightInput.Points p) {
      return normalised(criteria, p.points());
    }
    if (input instanceof WeightInput.Direct d) {
      return normalised(criteria, d.weights());
    }
    throw new UnsupportedOperationException("not yet: " + input.getClass().getSimpleName());
  }

  static Weights normalised(List<Criterion> criteria, Map<String, Double> raw) {
    double total = 0;
    for (Criterion c : criteria) {
      double v = raw.getOrDefault(c.id(), 0.0);
      if (v < 0 || Double.isNaN(v)) {
        throw new InvalidDecisionException("weights.negative", c.id(), v);
      }
      total += v;
    }
    if (!(total > 0)) {
      throw new InvalidDecisionException("weights.zero");
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (Criterion c : criteria) {
      out.put(c.id(), raw.getOrDefault(c.id(), 0.0) / total);
    }
    return new Weights(out, Optional.empty());
  }
}
