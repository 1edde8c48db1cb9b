package dev.crossroads.decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable copies of maps that keep the order the person gave. */
final class Maps {
  private Maps() {}

  static <K, V> Map<K, V> ordered(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  static Map<String, Map<String, Rating>> orderedTable(Map<String, Map<String, Rating>> table) {
    LinkedHashMap<String, Map<String, Rating>> copy = new LinkedHashMap<>();
    table.forEach((row, cells) -> copy.put(row, ordered(cells)));
    return Collections.unmodifiableMap(copy);
  }
}
