package dev.crossroads.money;

import java.util.List;
import java.util.Objects;

/**
 * What the person said when the money view and other criteria of the decision both count money:
 * keep only the money view (the criteria listed then weigh nothing), or keep both because they
 * measure different things (a short-term cash squeeze against long-run wealth). Dropping the
 * money view needs no record: the decision then has no money view.
 */
public record OverlapChoice(Keep keep, List<String> criteria) {

  /** Which side of the overlap the person kept. */
  public enum Keep {
    /** Only the money view counts money; the criteria listed have no weight. */
    VIEW_ONLY,
    /** The money view and the criteria listed both weigh, on purpose. */
    BOTH
  }

  public OverlapChoice {
    Objects.requireNonNull(keep, "keep");
    criteria = List.copyOf(criteria);
  }

  /** True when the person chose to keep {@code criterionId} weighed beside the money view. */
  public boolean keepsBoth(String criterionId) {
    return keep == Keep.BOTH && criteria.contains(criterionId);
  }
}
