package dev.crossroads.report;

import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;

/** A rating as people read it in a comparison: "6", "4 to 8 (likely 6)", "60,000,000 KRW". */
final class RatingText {
  private RatingText() {}

  static String of(Messages messages, Criterion criterion, Rating rating) {
    String unit =
        criterion.scale() instanceof QuantityScale q && !q.unit().isBlank() ? unit(q.unit()) : "";
    if (rating instanceof Rating.Range r) {
      return r.likely().isPresent()
          ? messages.get(
              "compare.value.rangeLikely",
              Numbers.value(r.low()),
              Numbers.value(r.likely().getAsDouble()),
              Numbers.value(r.high()) + unit)
          : messages.get("compare.value.range", Numbers.value(r.low()), Numbers.value(r.high()) + unit);
    }
    return Numbers.value(rating.central()) + unit;
  }

  /** Korean units sit right after the number (5,000,000원, 2년); others after a space. */
  private static String unit(String unit) {
    String u = unit.strip();
    return Character.UnicodeScript.of(u.codePointAt(0)) == Character.UnicodeScript.HANGUL ? u : " " + u;
  }
}
