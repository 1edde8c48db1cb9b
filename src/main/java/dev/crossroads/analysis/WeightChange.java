package dev.crossroads.analysis;

/**
 * A readable weight for one criterion at which the weighted-sum winner changes, the other weights
 * rescaled in proportion: setting the criterion's weight to {@code to} makes {@code newWinner}
 * first (checked by scoring, never assumed).
 *
 * @param from the criterion's normalised weight now
 * @param to the weight to try, just beyond the end of the criterion's {@link WeightInterval}, in
 *     whole percent where that still changes the first place, else finer
 * @param newWinner the option first at weight {@code to}
 */
public record WeightChange(String criterionId, double from, double to, String newWinner) {
  /** How far the weight moves, in weight (0..1). */
  public double distance() {
    return Math.abs(to - from);
  }
}
