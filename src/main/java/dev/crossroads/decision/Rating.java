package dev.crossroads.decision;

import java.util.OptionalDouble;

/**
 * How one option does on one criterion: a single number, or a range when the person is unsure.
 * Deterministic methods use {@link #central()}; the Monte Carlo draws from the range.
 */
public sealed interface Rating permits Rating.Point, Rating.Range {

  double low();

  double high();

  /** The value deterministic methods use: the point, the range's likely value, or its midpoint. */
  double central();

  static Rating of(double value) {
    return new Point(value);
  }

  static Rating range(double low, double high) {
    return new Range(low, OptionalDouble.empty(), high);
  }

  static Rating range(double low, double likely, double high) {
    return new Range(low, OptionalDouble.of(likely), high);
  }

  /** A single number. */
  record Point(double value) implements Rating {
    @Override
    public double low() {
      return value;
    }

    @Override
    public double high() {
      return value;
    }

    @Override
    public double central() {
      return value;
    }
  }

  /** A range with an optional most likely value; drawn triangular when likely is given, else uniform. */
  record Range(double low, OptionalDouble likely, double high) implements Rating {
    public Range {
      if (low > high) {
        throw new IllegalArgumentException("range low " + low + " is above high " + high);
      }
      if (likely.isPresent()
          && (likely.getAsDouble() < low || likely.getAsDouble() > high)) {
        throw new IllegalArgumentException("likely " + likely.getAsDouble() + " is outside the range");
      }
    }

    @Override
    public double central() {
      return likely.orElse((low + high) / 2);
    }
  }
}
