package dev.crossroads.analysis;

import dev.crossroads.Present;
import java.util.Objects;

/**
 * One thing the Monte Carlo varies and the person could find out before choosing: a rating given
 * as a range, or a criterion's weight when weights are drawn around the stated ones.
 */
public sealed interface UncertainInput permits UncertainInput.OfRating, UncertainInput.OfWeight {

  /** How one option does on one criterion, given as a range. */
  record OfRating(String optionId, String criterionId) implements UncertainInput {
    public OfRating {
      Present.all("optionId", optionId, "criterionId", criterionId);
    }
  }

  /** How much one criterion weighs, when the draws vary the weights. */
  record OfWeight(String criterionId) implements UncertainInput {
    public OfWeight {
      Objects.requireNonNull(criterionId, "criterionId");
    }
  }
}
