package dev.crossroads.decision;

import dev.crossroads.Present;
import java.util.OptionalDouble;

/**
 * A measured amount (salary in KRW, years until full-time work). With both {@code worst} and
 * {@code best} given, values map linearly between them, so the value of one option never depends
 * on the others; without them, values are scaled between the options' own minimum and maximum.
 */
public record QuantityScale(String unit, OptionalDouble worst, OptionalDouble best)
    implements Scale {
  public QuantityScale {
    Present.all("unit", unit, "worst", worst, "best", best);
  }

  public static QuantityScale of(String unit) {
    return new QuantityScale(unit, OptionalDouble.empty(), OptionalDouble.empty());
  }

  public static QuantityScale between(String unit, double worst, double best) {
    return new QuantityScale(unit, OptionalDouble.of(worst), OptionalDouble.of(best));
  }

  /** True when both ends are fixed, so values do not depend on the other options. */
  public boolean hasFixedEnds() {
    return worst.isPresent() && best.isPresent() && worst.getAsDouble() != best.getAsDouble();
  }
}
