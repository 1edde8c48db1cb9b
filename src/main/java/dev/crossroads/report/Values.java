package dev.crossroads.report;

import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;

/** A rating or quantity as people read it: with its unit, or with its scale ("7 of 10"). */
final class Values {
  private Values() {}

  static String of(Messages messages, Criterion criterion, double value) {
    return withUnit(messages, criterion, Numbers.value(value));
  }

  static String of(Messages messages, Criterion criterion, Rating rating) {
    if (!(rating instanceof Rating.Range r) || !(r.high() > r.low())) {
      return of(messages, criterion, rating.central());
    }
    String range =
        withUnit(
            messages,
            criterion,
            messages.get("report.value.range", Numbers.value(r.low()), Numbers.value(r.high())));
    return r.likely().isPresent()
        ? messages.get("report.value.likely", range, Numbers.value(r.likely().getAsDouble()))
        : range;
  }

  private static String withUnit(Messages messages, Criterion criterion, String number) {
    if (criterion.scale() instanceof RatingScale s) {
      return messages.get("report.value.rating", number, Numbers.value(s.max()));
    }
    QuantityScale q = (QuantityScale) criterion.scale();
    if (q.unit().isBlank()) {
      return number;
    }
    String u = q.unit().strip();
    return number
        + (Character.UnicodeScript.of(u.codePointAt(0)) == Character.UnicodeScript.HANGUL ? u : " " + u);
  }
}
