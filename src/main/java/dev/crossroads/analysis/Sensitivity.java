package dev.crossroads.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What would change the weighted-sum winner.
 *
 * @param winner the weighted-sum winner the figures are about
 * @param weights one interval per criterion, in criterion order
 * @param weightChanges for every criterion whose weight can change the winner, the nearest
 *     readable weight that does; nearest first
 * @param ratingChanges for every (option, criterion) where some value in range changes the
 *     winner, the nearest readable such value; sorted by {@code fractionOfSpan}, smallest first
 *     (ties in option, then criterion order)
 * @param smallestRatingChange the first of {@code ratingChanges}, if any
 */
public record Sensitivity(
    String winner,
    List<WeightInterval> weights,
    List<WeightChange> weightChanges,
    List<RatingChange> ratingChanges,
    Optional<RatingChange> smallestRatingChange) {
  public Sensitivity {
    Objects.requireNonNull(winner, "winner");
    weights = List.copyOf(weights);
    weightChanges = List.copyOf(weightChanges);
    ratingChanges = List.copyOf(ratingChanges);
    Objects.requireNonNull(smallestRatingChange, "smallestRatingChange");
  }

  /** The weight change nearest to the person's weights, if any weight can change the winner. */
  public Optional<WeightChange> smallestWeightChange() {
    return weightChanges.isEmpty() ? Optional.empty() : Optional.of(weightChanges.get(0));
  }
}
