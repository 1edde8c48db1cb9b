package dev.crossroads.decision;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named "what if" ("if I get the scholarship"): replaces the weights and/or some ratings of the
 * base decision and leaves everything else as it is.
 */
public record Scenario(
    String name,
    String description,
    Optional<WeightInput> weights,
    Map<String, Map<String, Rating>> ratings) {
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(weights, "weights");
    ratings = Maps.orderedTable(ratings);
  }
}
