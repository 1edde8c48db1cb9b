package dev.crossroads.weighting;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.InvalidDecisionException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rank-order centroid weights (Barron &amp; Barrett 1996, Management Science 42(11):1515-1523):
 * the k-th most important of n criteria weighs {@code (1/n) Σ_{i=k..n} 1/i}, the centre of all
 * weight vectors consistent with the ranking. For n = 4: 25/48, 13/48, 7/48, 1/16.
 */
public final class RankOrderCentroid {
  private RankOrderCentroid() {}

  /**
   * Weights for criteria ranked from most to least important; every criterion must appear once.
   *
   * @throws InvalidDecisionException {@code weighting.unknownCriterion} (id), {@code
   *     weighting.rankDuplicate} (id) or {@code weighting.rankMissing} (the missing ids, joined by
   *     ", ")
   */
  public static Weights weights(List<Criterion> criteria, List<String> order) {
    Set<String> known = new HashSet<>();
    for (Criterion c : criteria) {
      known.add(c.id());
    }
    Set<String> seen = new HashSet<>();
    for (String id : order) {
      if (!known.contains(id)) {
        throw new InvalidDecisionException("weighting.unknownCriterion", id);
      }
      if (!seen.add(id)) {
        throw new InvalidDecisionException("weighting.rankDuplicate", id);
      }
    }
    List<String> missing = new ArrayList<>();
    for (Criterion c : criteria) {
      if (!seen.contains(c.id())) {
        missing.add(c.id());
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidDecisionException("weighting.rankMissing", String.join(", ", missing));
    }
    double[] centroid = centroid(order.size());
    Map<String, Double> byId = new LinkedHashMap<>();
    for (int k = 0; k < order.size(); k++) {
      byId.put(order.get(k), centroid[k]);
    }
    // report in the criteria's own order, like every other weighting
    Map<String, Double> out = new LinkedHashMap<>();
    for (Criterion c : criteria) {
      out.put(c.id(), byId.get(c.id()));
    }
    return new Weights(out, Optional.empty());
  }

  /** The centroid weights for ranks 1..n, most important first. */
  public static double[] centroid(int n) {
    double[] w = new double[n];
    double tail = 0;
    for (int k = n; k >= 1; k--) {
      tail += 1.0 / k;
      w[k - 1] = tail / n;
    }
    return w;
  }
}
