package dev.crossroads.analysis;

import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The nearer of the two changes found by searching both ways from where an answer stands (a
 * rating up and down, a weight down and up): either may be missing, and on a tie the first wins,
 * so the result never depends on floating-point noise in the order of the search.
 */
final class Nearer {
  private Nearer() {}

  static <T> Optional<T> of(T first, T second, ToDoubleFunction<T> distance) {
    if (first == null) {
      return Optional.ofNullable(second);
    }
    boolean secondNearer =
        second != null && distance.applyAsDouble(second) < distance.applyAsDouble(first);
    return Optional.of(secondNearer ? second : first);
  }
}
