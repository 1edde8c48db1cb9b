package dev.crossroads.decision;

import dev.crossroads.Present;
import java.util.Map;
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
    Present.all("name", name, "description", description, "weights", weights);
    ratings = Maps.orderedTable(ratings);
  }
}
