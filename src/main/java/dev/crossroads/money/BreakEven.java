package dev.crossroads.money;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * When one option's cumulative money first catches up with another's, or never within the
 * horizon (both optionals empty).
 *
 * <p>{@code year} is the first model year (1 = the first year) at whose end the option's
 * cumulative is at least the other's. {@code exactYear} places the crossing inside that year by
 * linear interpolation, which is exact when each year's money arrives evenly through the year: it
 * lies between {@code year - 1} and {@code year}, and 0 means the option is never behind.
 * {@code staysAhead} is false when the option falls behind again at a later year end within the
 * horizon (a repayment or a vesting date can do that).
 */
public record BreakEven(OptionalInt year, OptionalDouble exactYear, boolean staysAhead) {
  public BreakEven {
    if (year.isPresent() != exactYear.isPresent()) {
      throw new IllegalArgumentException("year and exactYear are both present or both empty");
    }
    if (year.isEmpty() && staysAhead) {
      throw new IllegalArgumentException("an option that never catches up cannot stay ahead");
    }
  }

  public static BreakEven never() {
    return new BreakEven(OptionalInt.empty(), OptionalDouble.empty(), false);
  }

  public static BreakEven at(int year, double exactYear, boolean staysAhead) {
    return new BreakEven(OptionalInt.of(year), OptionalDouble.of(exactYear), staysAhead);
  }

  public boolean reached() {
    return year.isPresent();
  }
}
