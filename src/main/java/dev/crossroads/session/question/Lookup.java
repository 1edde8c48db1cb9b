package dev.crossroads.session.question;

import dev.crossroads.Numbers;

import dev.crossroads.decision.NameLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The session's way of naming an option or a criterion, over {@link NameLookup} (which holds the
 * rule): quotes ask for the exact words alone, so a quoted name is a new name of the person's
 * own unless it is an entry's whole id or label; and a number from the list shown picks too.
 */
public final class Lookup {
  private Lookup() {}

  /** The entry found, or none, with the entries it could be when several fit. */
  public record Found<T>(Optional<T> match, List<String> candidates, String typed) {

    /** Why nothing was found, as the one-line reason of a refused answer. */
    public Outcome reason(String unknownKey) {
      if (candidates.size() > 1) {
        return Outcome.invalid("session.lookup.ambiguous", typed, String.join(", ", candidates));
      }
      return Outcome.invalid(unknownKey, typed);
    }
  }

  /**
   * The entry {@code typed} names ({@code names} gives its labels, the one shown first), as
   * {@link NameLookup} finds it: a whole name, an id no label starts like, a clear start.
   */
  public static <T> Found<T> find(List<T> entries, String typed, Function<T, String> id,
      Function<T, List<String>> names) {
    String key = typed.strip();
    boolean quoted = key.length() > 1 && (key.startsWith("\"") && key.endsWith("\"")
        || key.startsWith("“") && key.endsWith("”"));
    if (quoted) {
      // Quoted words that are no entry's whole name are a name of the person's own.
      return exact(entries, key.substring(1, key.length() - 1), id, names);
    }
    return found(entries, key, id, names, true);
  }

  /**
   * The entry named in full: by id or by a whole label in either language. For answers files,
   * whose words are meant as written, and for names a person gives new entries.
   */
  public static <T> Found<T> exact(List<T> entries, String typed, Function<T, String> id,
      Function<T, List<String>> names) {
    return found(entries, typed.strip(), id, names, false);
  }

  private static <T> Found<T> found(List<T> entries, String key, Function<T, String> id,
      Function<T, List<String>> names, boolean starts) {
    List<NameLookup.Entry> named = new ArrayList<>();
    for (T e : entries) {
      named.add(new NameLookup.Entry(id.apply(e), names.apply(e)));
    }
    NameLookup lookup = new NameLookup(named);
    NameLookup.Result result = (starts ? lookup : lookup.wholeNames()).find(key);
    if (result instanceof NameLookup.Result.Found f) {
      return new Found<>(Optional.of(entries.get(named.indexOf(f.entry()))), List.of(), key);
    }
    if (result instanceof NameLookup.Result.Ambiguous a) {
      return new Found<>(Optional.empty(), shown(a.candidates(), key), key);
    }
    return new Found<>(Optional.empty(), List.of(), key);
  }

  /**
   * The candidates as people see them, by label; with the id beside it where the label alone
   * would not tell them apart: two equal labels, or an id that was typed.
   */
  private static List<String> shown(List<NameLookup.Entry> candidates, String typed) {
    boolean ids = candidates.stream().anyMatch(e -> NameLookup.same(e.id(), typed))
        || candidates.stream().map(e -> NameLookup.fold(e.label())).distinct().count()
            < candidates.size();
    return candidates.stream()
        .map(e -> ids && !e.label().equals(e.id()) ? e.label() + " (" + e.id() + ")" : e.label())
        .toList();
  }

  /** The numbers of the entries a line names (1 for the first), or why a name was refused. */
  public record Numbered(List<Integer> numbers, Optional<Outcome> refused) {}

  /**
   * The entries a line names, as their numbers in the list: numbers ("2 1 3"), or names
   * separated by commas or "&gt;" ("Interest, Growth"), each as {@link #numbered} finds it.
   */
  public static <T> Numbered numbers(List<T> entries, String line, Function<T, String> id,
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
  public static <T> Found<T> numbered(List<T> entries, String typed, Function<T, String> id,
      Function<T, List<String>> names) {
    OptionalInt n = Numbers.integer(typed.strip());
    if (n.isPresent() && n.getAsInt() >= 1 && n.getAsInt() <= entries.size()) {
      return new Found<>(Optional.of(entries.get(n.getAsInt() - 1)), List.of(), typed.strip());
    }
    return find(entries, typed, id, names);
  }

  /** The numbers of the entries {@code ids} name, in their order (1 for the first entry). */
  static <T> List<String> numbersOf(List<T> entries, List<String> ids, Function<T, String> id) {
    List<String> numbers = new ArrayList<>();
    for (String k : ids) {
      for (int i = 0; i < entries.size(); i++) {
        if (id.apply(entries.get(i)).equals(k)) {
          numbers.add(Integer.toString(i + 1));
        }
      }
    }
    return numbers;
  }

  /** "1" to {@code count}: the numbers Tab completes for a list of that many. */
  static List<String> upTo(int count) {
    List<String> words = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      words.add(Integer.toString(i));
    }
    return words;
  }
}
