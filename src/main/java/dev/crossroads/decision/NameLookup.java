package dev.crossroads.decision;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds one option or criterion from what a person typed, as they see it: its id, or its label
 * as stored (in whichever language it was written), in any case, or an unambiguous beginning of
 * either. An exact id wins over everything; then a whole id or label in any case; then a
 * beginning that fits exactly one.
 */
public final class NameLookup {

  /** One thing that can be named: its id and the label people see. */
  public record Entry(String id, String label) {}

  /** What a typed name comes to. */
  public sealed interface Result {
    /** Exactly one entry fits. */
    record Found(Entry entry) implements Result {}

    /** Several fit equally well; the person must say which. */
    record Ambiguous(List<Entry> candidates) implements Result {}

    /** None fits. */
    record Unknown() implements Result {}
  }

  private final List<Entry> entries;

  public NameLookup(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static NameLookup options(Decision decision) {
    return new NameLookup(
        decision.options().stream().map(o -> new Entry(o.id(), o.label())).toList());
  }

  public static NameLookup criteria(Decision decision) {
    return new NameLookup(
        decision.criteria().stream().map(c -> new Entry(c.id(), c.label())).toList());
  }

  public List<Entry> entries() {
    return entries;
  }

  public Result find(String typed) {
    String exact = typed.strip();
    for (Entry e : entries) {
      if (e.id().equals(exact)) {
        return new Result.Found(e);
      }
    }
    String folded = fold(typed);
    if (folded.isEmpty()) {
      return new Result.Unknown();
    }
    Result whole = matching(e -> fold(e.id()).equals(folded) || fold(e.label()).equals(folded));
    if (!(whole instanceof Result.Unknown)) {
      return whole;
    }
    return matching(e -> fold(e.id()).startsWith(folded) || fold(e.label()).startsWith(folded));
  }

  private Result matching(Predicate<Entry> fits) {
    Set<Entry> found = new LinkedHashSet<>();
    for (Entry e : entries) {
      if (fits.test(e)) {
        found.add(e);
      }
    }
    return switch (found.size()) {
      case 0 -> new Result.Unknown();
      case 1 -> new Result.Found(found.iterator().next());
      default -> new Result.Ambiguous(new ArrayList<>(found));
    };
  }

  /** Case, Unicode composition, curly apostrophes and runs of spaces do not tell names apart. */
  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .replace('\u2019', '\'')
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }
}
