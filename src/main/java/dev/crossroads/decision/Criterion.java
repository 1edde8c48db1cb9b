package dev.crossroads.decision;

import dev.crossroads.Present;

/**
 * Something that matters in the decision, such as growth or salary in three years. The
 * description is the person's own note on what the criterion means to them, empty when absent.
 */
public record Criterion(
    String id, String label, Direction direction, Scale scale, String description) {
  public Criterion {
    Present.all("id", id, "label", label, "direction", direction, "scale", scale,
        "description", description);
  }

  public Criterion(String id, String label, Direction direction, Scale scale) {
    this(id, label, direction, scale, "");
  }

  public static Criterion rating(String id, String label, Direction direction) {
    return new Criterion(id, label, direction, RatingScale.ONE_TO_TEN);
  }

  public boolean isBenefit() {
    return direction == Direction.BENEFIT;
  }
}
