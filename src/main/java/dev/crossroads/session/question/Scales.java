package dev.crossroads.session.question;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.RatingScale;
import java.util.Optional;

/** What the session needs to know about a criterion's scale: its bounds and how to name it. */
public final class Scales {
  private Scales() {}

  /** The lowest and highest values an answer may take, when the scale fixes them. */
  public static Optional<double[]> bounds(Criterion c) {
    if (c.scale() instanceof RatingScale r) {
      return Optional.of(new double[] {r.min(), r.max()});
    }
    QuantityScale q = (QuantityScale) c.scale();
    if (q.hasFixedEnds()) {
      double a = q.worst().getAsDouble();
      double b = q.best().getAsDouble();
      return Optional.of(new double[] {Math.min(a, b), Math.max(a, b)});
    }
    return Optional.empty();
  }

  /** "1–10" ("1-10" in ASCII, as {@code messages} show it), or the unit of a quantity. */
  static String describe(Criterion c, Messages messages) {
    if (c.scale() instanceof RatingScale r) {
      return Numbers.exact(r.min()) + messages.ours("–") + Numbers.exact(r.max());
    }
    return ((QuantityScale) c.scale()).unit();
  }

  public static boolean isRating(Criterion c) {
    return c.scale() instanceof RatingScale;
  }

  /** Quantities are not bounded by the scale, but never negative. */
  static boolean fits(Criterion c, double value) {
    if (c.scale() instanceof RatingScale r) {
      return r.contains(value);
    }
    return value >= 0;
  }

  /** {@link #fits}, and below zero too for a quantity that may go there. */
  static boolean fits(CriterionInfo c, double value) {
    return fits(c.criterion(), value)
        || c.signed() && !isRating(c.criterion()) && Double.isFinite(value);
  }
}
