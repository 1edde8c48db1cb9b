package dev.crossroads.decision;

import java.util.Objects;

/** Something that matters in the decision, such as growth or salary in three years. */
public record Criterion(String id, String label, Direction direction, Scale scale) {
  public Criterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(scale, "scale");
  }

  public static Criterion rating(String id, String label, Direction direction) {
    return new Criterion(id, label, direction, RatingScale.ONE_TO_TEN);
  }

  public boolean isBenefit() {
    return direction == Direction.BENEFIT;
  }
}
