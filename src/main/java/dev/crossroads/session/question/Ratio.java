package dev.crossroads.session.question;

import dev.crossroads.Numbers;

import java.util.Optional;
import java.util.OptionalDouble;

/** A pairwise judgement as typed: "3" (the first matters 3× more), "1/3" or "-3", "1" (equal). */
public final class Ratio {
  private Ratio() {}

  public static OptionalDouble parse(String text) {
    String s = text.strip().replace(" ", "");
    if (s.startsWith("1/")) {
      OptionalDouble d = Numbers.number(s.substring(2));
      return d.isPresent() && d.getAsDouble() >= 1 && d.getAsDouble() <= 9
          ? OptionalDouble.of(1 / d.getAsDouble())
          : OptionalDouble.empty();
    }
    OptionalDouble v = Numbers.number(s);
    if (v.isEmpty()) {
      return v;
    }
    double d = v.getAsDouble();
    if (d >= 1 && d <= 9) {
      return v;
    }
    if (d <= -1 && d >= -9) {
      return OptionalDouble.of(-1 / d);
    }
    return OptionalDouble.empty();
  }

  /** The canonical text: "3", "1/3", "2.5". */
  public static String format(double ratio) {
    if (ratio >= 1) {
      return Numbers.exact(Math.round(ratio * 100) / 100.0);
    }
    return "1/" + Numbers.exact(Math.round(100 / ratio) / 100.0);
  }

  static Optional<Double> of(String text) {
    OptionalDouble d = parse(text);
    return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
  }
}
