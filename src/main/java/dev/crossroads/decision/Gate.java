package dev.crossroads.decision;

import dev.crossroads.Present;
import java.util.OptionalDouble;

/**
 * A dealbreaker: an option whose central rating on the criterion falls below {@code atLeast} or
 * above {@code atMost} fails the gate. Such an option is still shown, but never ranked first.
 */
public record Gate(String criterionId, OptionalDouble atLeast, OptionalDouble atMost) {
  public Gate {
    Present.all("criterionId", criterionId, "atLeast", atLeast, "atMost", atMost);
  }

  public static Gate atLeast(String criterionId, double min) {
    return new Gate(criterionId, OptionalDouble.of(min), OptionalDouble.empty());
  }

  public static Gate atMost(String criterionId, double max) {
    return new Gate(criterionId, OptionalDouble.empty(), OptionalDouble.of(max));
  }

  public boolean passes(double value) {
    return (atLeast.isEmpty() || value >= atLeast.getAsDouble())
        && (atMost.isEmpty() || value <= atMost.getAsDouble());
  }
}
