package dev.crossroads.weighting;

import dev.crossroads.decision.Criterion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Normalised weights by criterion id (they sum to 1), and for pairwise input the AHP consistency
 * figures.
 */
public record Weights(Map<String, Double> byCriterion, Optional<Consistency> consistency) {
  public Weights {
    byCriterion = Collections.unmodifiableMap(new LinkedHashMap<>(byCriterion));
    Objects.requireNonNull(consistency, "consistency");
  }

  /** The weights in the given criterion order, for the aggregation methods. */
  public double[] toArray(List<Criterion> criteria) {
    double[] out = new double[criteria.size()];
    for (int j = 0; j < out.length; j++) {
      Double w = byCriterion.get(criteria.get(j).id());
      out[j] = w == null ? 0 : w;
    }
    return out;
  }
}
