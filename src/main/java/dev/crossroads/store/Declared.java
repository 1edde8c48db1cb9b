package dev.crossroads.store;

import dev.crossroads.Message;
import dev.crossroads.decision.Scale;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The option and criterion ids a profile declares, which the rest of it may refer to. When the
 * list itself could not be read, every id counts as known, so one broken list does not bury the
 * real problem under a hundred "unknown id" lines.
 */
record Declared(
    Set<String> options, Set<String> criteria, Map<String, Scale> scales, boolean optionsRead,
    boolean criteriaRead) {

  boolean unknownOption(String id) {
    return optionsRead && !options.contains(id);
  }

  boolean unknownCriterion(String id) {
    return criteriaRead && !criteria.contains(id);
  }

  /** The option ids for a message: a list, shown whole (see {@link FieldReader#list}). */
  Message optionList() {
    return FieldReader.list(String.join(", ", new LinkedHashSet<>(options)));
  }

  /** The criterion ids for a message, shown whole. */
  Message criterionList() {
    return FieldReader.list(String.join(", ", new LinkedHashSet<>(criteria)));
  }
}
