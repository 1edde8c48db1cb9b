package dev.crossroads.analysis;

import dev.crossroads.Present;
import java.util.Optional;

/**
 * How far one criterion's weight can move, the others rescaled in proportion, before the
 * weighted-sum winner changes. The winner stays first for every weight in [low, high] (ties at
 * the ends count as staying); just below {@code low} {@code takeoverBelow} ranks first, just
 * above {@code high} {@code takeoverAbove} does. A takeover is empty when the interval reaches
 * 0 or 1.
 */
public record WeightInterval(
    String criterionId,
    double weight,
    double low,
    double high,
    Optional<String> takeoverBelow,
    Optional<String> takeoverAbove) {
  public WeightInterval {
    Present.all("criterionId", criterionId, "takeoverBelow", takeoverBelow,
        "takeoverAbove", takeoverAbove);
  }
}
