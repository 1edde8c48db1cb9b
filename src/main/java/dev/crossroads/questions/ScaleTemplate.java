package dev.crossroads.questions;

import dev.crossroads.Present;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.RatingScale;
import dev.crossroads.decision.Scale;
import java.util.OptionalDouble;

/**
 * How a template measures a criterion. Like the profile's {@link Scale}, but a quantity's unit is
 * text in both languages ("years" / "년").
 */
public sealed interface ScaleTemplate permits ScaleTemplate.Rating, ScaleTemplate.Quantity {

  Scale toScale(String language);

  /** A judgement from {@code min} to {@code max}, 1 to 10 unless the template says otherwise. */
  record Rating(double min, double max) implements ScaleTemplate {
    public Rating {
      if (!(min < max)) {
        throw new IllegalArgumentException("rating needs min < max, got " + min + ".." + max);
      }
    }

    @Override
    public Scale toScale(String language) {
      return new RatingScale(min, max);
    }
  }

  /** A measured amount in {@code unit}, with optional fixed worst and best ends. */
  record Quantity(LocalizedText unit, OptionalDouble worst, OptionalDouble best)
      implements ScaleTemplate {
    public Quantity {
      Present.all("unit", unit, "worst", worst, "best", best);
    }

    @Override
    public Scale toScale(String language) {
      return new QuantityScale(unit.in(language), worst, best);
    }
  }
}
