package dev.crossroads.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Finds what a person typed to name an option or a criterion: its id (as an answers file
 * writes it), any of its labels in either language, ignoring case, or the start of one, when
 * only one entry starts that way. Quotes ask for the exact words alone.
 */
final class Lookup {
  private Lookup() {}

  /** The entry found, or none, with the entries a too-short start would fit. */
  record Found<T>(Optional<T> match, List<String> candidates, String typed) {

    /** Why nothing was found, as the one-line reason of a refused answer. */
    Outcome reason(String unknownKey) {
      if (candidates.size() > 1) {
        return Outcome.invalid("session.lookup.ambiguous", typed, String.join(", ", candidates));
      }
      return Outcome.invalid(unknownKey, typed);
    }
  }

  /**
   * The entry {@code typed} names: by id, then by a whole label ({@code names} gives the labels,
   * the one shown first), then by the start of a label shared by no other entry.
   */
  static <T> Found<T> find(List<T> entries, String typed, Function<T, String> id,
      Function<T, List<String>> names) {
    String key = typed.strip();
    boolean quoted = key.length() > 1 && (key.startsWith("\"") && key.endsWith("\"")
        || key.startsWith("“") && key.endsWith("”"));
    if (quoted) {
      key = key.substring(1, key.length() - 1).strip();
    }
    String k = key;
    Optional<T> exact = entries.stream().filter(e -> id.apply(e).equals(k)).findFirst()
        .or(() -> entries.stream()
            .filter(e -> names.apply(e).stream().anyMatch(n -> Choices.same(n, k))).findFirst());
    if (exact.isPresent() || quoted || k.isEmpty()) {
      return new Found<>(exact, List.of(), k);
    }
    String start = Choices.normal(k);
    List<T> starting = entries.stream()
        .filter(e -> names.apply(e).stream().anyMatch(n -> Choices.normal(n).startsWith(start)))
        .toList();
    if (starting.size() == 1) {
      return new Found<>(Optional.of(starting.get(0)), List.of(), k);
    }
    List<String> labels = new ArrayList<>();
    starting.forEach(e -> labels.add(names.apply(e).get(0)));
    return new Found<>(Optional.empty(), labels, k);
  }

  /**
   * The entry named in full: by id or by a whole label in either language, ignoring case. For
   * answers files, whose words are meant as written, and for names a person gives new entries.
   */
  static <T> Optional<T> exact(List<T> entries, String typed, Function<T, String> id,
      Function<T, List<String>> names) {
    String k = typed.strip();
    return entries.stream().filter(e -> id.apply(e).equals(k)).findFirst()
        .or(() -> entries.stream()
            .filter(e -> names.apply(e).stream().anyMatch(n -> Choices.same(n, k))).findFirst());
  }

  /** The numbers of the entries a line names (1 for the first), or why a name was refused. */
  record Numbered(List<Integer> numbers, Optional<Outcome> refused) {}

  /**
   * The entries a line names, as their numbers in the list: numbers ("2 1 3"), or names
   * separated by commas or "&gt;" ("Interest, Growth"), each as {@link #numbered} finds it.
   */
  static <T> Numbered numbers(List<T> entries, String line, Function<T, String> id,
      Function<T, List<String>> names, String unknownKey) {
    List<Integer> plain = Numbers.list(line);
    if (!plain.isEmpty() || line.isBlank()) {
      return new Numbered(plain, Optional.empty());
    }
    List<Integer> out = new ArrayList<>();
    for (String part : line.split("\\s*[,;>]\\s*")) {
      if (part.isBlank()) {
        continue;
      }
      Found<T> f = numbered(entries, part, id, names);
      if (f.match().isEmpty()) {
        return new Numbered(List.of(), Optional.of(f.reason(unknownKey)));
      }
      out.add(entries.indexOf(f.match().get()) + 1);
    }
    return new Numbered(out, Optional.empty());
  }

  /** As {@link #find}, where a number from the list shown (1 for the first) also picks. */
  static <T> Found<T> numbered(List<T> entries, String typed, Function<T, String> id,
      Function<T, List<String>> names) {
    OptionalInt n = Numbers.integer(typed.strip());
    if (n.isPresent() && n.getAsInt() >= 1 && n.getAsInt() <= entries.size()) {
      return new Found<>(Optional.of(entries.get(n.getAsInt() - 1)), List.of(), typed.strip());
    }
    return find(entries, typed, id, names);
  }
}
