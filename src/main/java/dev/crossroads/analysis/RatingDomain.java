package dev.crossroads.analysis;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.RatingScale;

/**
 * The values one rating can take when the analysis asks what a change would do, and the span a
 * change is measured against. A rating moves within its scale's [min, max]; a quantity within
 * [worst, best] when both are fixed, else within the options' own min..max widened by one span on
 * each side (the span being max - min, or the value's own magnitude, or 1, when every option has
 * the same value).
 */
record RatingDomain(double low, double high, double span) {

  /** @param column every option's central value on the criterion */
  static RatingDomain of(Criterion criterion, double[] column) {
    if (criterion.scale() instanceof RatingScale r) {
      return new RatingDomain(r.min(), r.max(), r.max() - r.min());
    }
    QuantityScale q = (QuantityScale) criterion.scale();
    if (q.hasFixedEnds()) {
      double a = q.worst().getAsDouble();
      double b = q.best().getAsDouble();
      return new RatingDomain(Math.min(a, b), Math.max(a, b), Math.abs(b - a));
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : column) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double span = max > min ? max - min : Math.max(Math.abs(min), 1);
    return new RatingDomain(min - span, max + span, span);
  }
}
