package dev.crossroads.report;

import java.util.Optional;

/**
 * Where the summary gets a concrete way to learn an option's rating on a criterion before
 * choosing (the question bank's {@code findOut}), already in the summary's language. The command
 * that builds the summary supplies it; the report never reads templates itself.
 */
@FunctionalInterface
public interface WaysToFindOut {
  /** None known: the summary then names what to find out without saying how. */
  WaysToFindOut NONE = criterionId -> Optional.empty();

  Optional<String> forCriterion(String criterionId);
}
