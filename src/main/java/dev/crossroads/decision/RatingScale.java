package dev.crossroads.decision;

/**
 * A judgement on a fixed scale, 1 to 10 unless stated. Values map linearly from its ends, which
 * is why adding or removing an option never reorders the others on such a criterion.
 */
public record RatingScale(double min, double max) implements Scale {
  public static final RatingScale ONE_TO_TEN = new RatingScale(1, 10);

  public RatingScale {
    if (!(min < max)) {
      throw new IllegalArgumentException("rating scale needs min < max, got " + min + ".." + max);
    }
  }

  public boolean contains(double value) {
    return value >= min && value <= max;
  }
}
