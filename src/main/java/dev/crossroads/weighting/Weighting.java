package dev.crossroads.weighting;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.InvalidDecisionException;
import dev.crossroads.decision.WeightInput;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one entry point: raw weighting answers in, normalised weights out (summing to 1, keyed by
 * criterion id in the criteria's order). Invalid answers throw {@link InvalidDecisionException}
 * with a {@code weighting.*} bundle key.
 */
public final class Weighting {
  private Weighting() {}

  /**
   * Points and direct weights are divided by their total (a criterion left out weighs 0); a rank
   * order gets rank-order centroid weights ({@link RankOrderCentroid}); pairwise judgements get
   * AHP eigenvector weights and a consistency check ({@link Ahp}).
   */
  public static Weights compute(List<Criterion> criteria, WeightInput input) {
    if (input instanceof WeightInput.Points p) {
      return normalised(criteria, p.points());
    }
    if (input instanceof WeightInput.Direct d) {
      return normalised(criteria, d.weights());
    }
    if (input instanceof WeightInput.RankOrder r) {
      return RankOrderCentroid.weights(criteria, r.order());
    }
    if (input instanceof WeightInput.Shared s) {
      return shared(criteria, s);
    }
    WeightInput.Pairwise pairwise = (WeightInput.Pairwise) input;
    return Ahp.weights(criteria, pairwise.judgements());
  }

  /**
   * The shared criterion gets its percent; the rest is weighed over the other criteria and
   * scaled into what is left, the criteria {@code without} any weight sharing none of it. When
   * they would leave nothing to share it with and no share either, money would weigh nowhere:
   * then the left-out criteria keep their part.
   *
   * @throws InvalidDecisionException {@code weighting.unknownCriterion} (id) when the shared
   *     criterion is not one of the criteria, {@code weighting.sharePercent} (value) for a percent
   *     outside 0..100, or whatever the rest's own method throws
   */
  private static Weights shared(List<Criterion> criteria, WeightInput.Shared s) {
    if (criteria.stream().noneMatch(c -> c.id().equals(s.criterion()))) {
      throw new InvalidDecisionException("weighting.unknownCriterion", s.criterion());
    }
    if (!(s.percent() >= 0 && s.percent() <= 100)) {
      throw new InvalidDecisionException("weighting.sharePercent", s.percent());
    }
    List<Criterion> others = criteria.stream().filter(c -> !c.id().equals(s.criterion())).toList();
    double share = s.percent() / 100;
    Weights rest = compute(others, s.rest());
    Set<String> without = Set.copyOf(s.without());
    double kept = others.stream().filter(c -> !without.contains(c.id()))
        .mapToDouble(c -> rest.byCriterion().get(c.id())).sum();
    boolean drop = !without.isEmpty() && (kept > 0 || share > 0);
    Map<String, Double> raw = new LinkedHashMap<>();
    for (Criterion c : criteria) {
      if (c.id().equals(s.criterion())) {
        raw.put(c.id(), share);
      } else if (!drop) {
        raw.put(c.id(), rest.byCriterion().get(c.id()) * (1 - share));
      } else {
        boolean none = without.contains(c.id()) || kept == 0;
        raw.put(c.id(), none ? 0.0 : rest.byCriterion().get(c.id()) / kept * (1 - share));
      }
    }
    return new Weights(normalised(criteria, raw).byCriterion(), rest.consistency());
  }

  /**
   * @throws InvalidDecisionException {@code weighting.unknownCriterion} (id) for a weight on no
   *     criterion, {@code weighting.notFinite} (id, value), {@code weighting.negative} (id, value), or
   *     {@code weighting.zero} when they sum to 0
   */
  static Weights normalised(List<Criterion> criteria, Map<String, Double> raw) {
    Set<String> known = new HashSet<>();
    for (Criterion c : criteria) {
      known.add(c.id());
    }
    for (String id : raw.keySet()) {
      if (!known.contains(id)) {
        // a weight on a renamed or removed criterion would silently count for nothing
        throw new InvalidDecisionException("weighting.unknownCriterion", id);
      }
    }
    double total = 0;
    double largest = 0;
    for (Criterion c : criteria) {
      double v = valueOf(raw, c.id());
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        throw new InvalidDecisionException("weighting.notFinite", c.id(), v);
      }
      if (v < 0) {
        throw new InvalidDecisionException("weighting.negative", c.id(), v);
      }
      total += v;
      largest = Math.max(largest, v);
    }
    if (!(total > 0)) {
      throw new InvalidDecisionException("weighting.zero");
    }
    // Two weights near Double.MAX_VALUE add up to infinity, which would make every weight 0%:
    // then sum them as shares of the largest instead, which gives the same proportions.
    double scale = Double.isInfinite(total) ? largest : 1;
    if (scale != 1) {
      total = 0;
      for (Criterion c : criteria) {
        total += valueOf(raw, c.id()) / scale;
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (Criterion c : criteria) {
      out.put(c.id(), valueOf(raw, c.id()) / scale / total);
    }
    return new Weights(out, Optional.empty());
  }

  private static double valueOf(Map<String, Double> raw, String id) {
    Double v = raw.get(id);
    return v == null ? 0 : v;
  }
}
