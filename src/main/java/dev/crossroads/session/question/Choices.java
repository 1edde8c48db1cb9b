package dev.crossroads.session.question;

import dev.crossroads.Messages;
import dev.crossroads.decision.NameLookup;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.RatingScale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the typed lists into options and criteria. A label the template knows keeps the
 * template's id; any other gets an id made from its words, so answers keyed by it stay put when
 * other entries are added or removed.
 */
public final class Choices {
  private Choices() {}

  static List<Option> options(List<String> labels, Blueprint template, Messages messages) {
    List<Option> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    Named<Option> templateOptions = new Named<>(template.options(), Option::id, Option::label);
    for (String label : labels) {
      Optional<Option> known = templateOptions.find(label);
      String id = unique(known.map(Option::id).orElse(slug(label, "option")), used);
      out.add(new Option(id, known.map(Option::label).orElse(label)));
    }
    return out;
  }

  static List<CriterionInfo> criteria(List<String> items, Blueprint template, Messages messages) {
    List<CriterionInfo> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    Named<CriterionInfo> catalogue =
        new Named<>(template.catalogue(), CriterionInfo::id, CriterionInfo::label);
    for (String item : items) {
      Optional<CriterionInfo> known = catalogue.find(item);
      if (known.isPresent()) {
        if (used.add(known.get().id())) {
          out.add(known.get());
        }
        continue;
      }
      String id = unique(slug(item, "criterion"), used);
      out.add(custom(id, item, messages));
    }
    return out;
  }

  static Optional<CriterionInfo> find(String item, Blueprint template) {
    return named(template.catalogue(), item, CriterionInfo::id, CriterionInfo::label);
  }

  public static CriterionInfo custom(String id, String label, Messages m) {
    return new CriterionInfo(
        new Criterion(id, label, Direction.BENEFIT, RatingScale.ONE_TO_TEN),
        m.get("session.custom.description", label),
        m.get("session.custom.question", label, "{option}"),
        m.get("session.custom.low"),
        m.get("session.custom.high"),
        "");
  }

  /**
   * The entry {@code key} names as a whole: its id or its label ({@link NameLookup#wholeNames}).
   * None when no entry, or more than one, has that name.
   */
  static <T> Optional<T> named(List<T> entries, String key, Function<T, String> id,
      Function<T, String> label) {
    return new Named<>(entries, id, label).find(key);
  }

  /** Entries looked up by whole name, their names folded once for many lookups. */
  private static final class Named<T> {
    private final List<T> entries;
    private final List<NameLookup.Entry> named;
    private final NameLookup lookup;

    Named(List<T> entries, Function<T, String> id, Function<T, String> label) {
      this.entries = entries;
      this.named = entries.stream()
          .map(e -> new NameLookup.Entry(id.apply(e), label.apply(e))).toList();
      this.lookup = new NameLookup(named).wholeNames();
    }

    Optional<T> find(String key) {
      return lookup.find(key) instanceof NameLookup.Result.Found f
          ? Optional.of(entries.get(named.indexOf(f.entry())))
          : Optional.empty();
    }
  }

  static boolean same(String a, String b) {
    return NameLookup.same(a, b);
  }

  /** Lower-case letters and digits of any script, joined by hyphens. */
  public static String slug(String text, String fallback) {
    StringBuilder b = new StringBuilder();
    boolean gap = false;
    for (int cp : NameLookup.fold(text).codePoints().toArray()) {
      if (Character.isLetterOrDigit(cp)) {
        if (gap && b.length() > 0) {
          b.append('-');
        }
        b.appendCodePoint(cp);
        gap = false;
      } else {
        gap = true;
      }
    }
    return b.length() == 0 ? fallback : b.toString();
  }

  private static String unique(String id, Set<String> used) {
    String candidate = id;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
  }
}
