package dev.crossroads.fuzz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Cases counted by kind and outcome, with the slowest case, the most memory and the failures. */
final class Tally {
  private final Map<Kind, long[]> counts = new EnumMap<>(Kind.class);
  private final Map<Kind, Long> slowestNanos = new EnumMap<>(Kind.class);
  private final Map<Kind, Long> totalNanos = new EnumMap<>(Kind.class);
  private final Map<Kind, Long> mostBytes = new EnumMap<>(Kind.class);
  private final List<String> failures = new ArrayList<>();
  private long oversized;
  private final java.util.TreeMap<String, Long> analysisRefusals = new java.util.TreeMap<>();
  private int longestMessage;

  void add(Kind kind, Result result, long nanos, long allocated, String id) {
    counts.computeIfAbsent(kind, k -> new long[Outcome.values().length])[result.outcome().ordinal()]++;
    slowestNanos.merge(kind, nanos, Math::max);
    totalNanos.merge(kind, nanos, Long::sum);
    mostBytes.merge(kind, allocated, Math::max);
    if (result.outcome() == Outcome.FAILED && failures.size() < 20) {
      failures.add(id + ": " + result.detail());
    }
  }

  void oversized() {
    oversized++;
  }

  /** A decision the loaders accepted and the analysis refused, by its message key. */
  void refusedByAnalysis(String key) {
    analysisRefusals.merge(key, 1L, Long::sum);
  }

  void message(int length) {
    longestMessage = Math.max(longestMessage, length);
  }

  long total() {
    return counts.values().stream().mapToLong(c -> c[0] + c[1] + c[2]).sum();
  }

  long failed() {
    return counts.values().stream().mapToLong(c -> c[Outcome.FAILED.ordinal()]).sum();
  }

  List<String> failures() {
    return failures;
  }

  /** The counts as a table, for the build log and the issue. */
  String report(long seed, long millis) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "fuzz: %,d cases, seed %d, %.1f s%n", total(), seed, millis / 1000.0));
    out.append(String.format(Locale.ROOT, "%-9s %9s %9s %9s %8s %7s %10s%n",
        "kind", "accepted", "refused", "failed", "total s", "max ms", "max MB"));
    for (Kind kind : Kind.values()) {
      long[] c = counts.getOrDefault(kind, new long[3]);
      out.append(String.format(Locale.ROOT, "%-9s %,9d %,9d %,9d %8.1f %7d %10.1f%n",
          kind.name().toLowerCase(Locale.ROOT), c[0], c[1], c[2],
          totalNanos.getOrDefault(kind, 0L) / 1e9,
          slowestNanos.getOrDefault(kind, 0L) / 1_000_000,
          mostBytes.getOrDefault(kind, 0L) / 1e6));
    }
    out.append(String.format(Locale.ROOT,
        "files past their size limit: %,d (all refused unread); refused by the analysis after"
            + " loading: %s; longest refusal: %,d characters%n",
        oversized, analysisRefusals.isEmpty() ? "none" : analysisRefusals, longestMessage));
    return out.toString();
  }
}
