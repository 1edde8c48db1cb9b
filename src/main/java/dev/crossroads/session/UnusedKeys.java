package dev.crossroads.session;

import dev.crossroads.Messages;
import dev.crossroads.Quote;
import java.util.List;
import java.util.Set;

/**
 * The keys of an answers file that no question asked for, as the note after a session lists
 * them: the first few, each cut short, and how many more, so a file of thousands of stray keys
 * gives one readable line.
 */
final class UnusedKeys {
  /** How many keys the note names before it counts the rest. */
  static final int NAMED = 10;

  private UnusedKeys() {}

  static String shown(Set<String> keys, Messages messages) {
    List<String> first = keys.stream().limit(NAMED).map(Quote::cut).toList();
    String named = String.join(", ", first);
    return keys.size() <= NAMED ? named
        : messages.get("session.input.unusedMore", named, keys.size() - NAMED);
  }
}
