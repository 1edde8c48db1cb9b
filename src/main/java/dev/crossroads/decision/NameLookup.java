package dev.crossroads.decision;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Finds one option or criterion from what a person typed, as they see it. The one lookup of
 * the tool: the command line ({@code --set}) and the session both name things through it.
 *
 * <p>Names are compared {@link #fold folded}. The rule, in order:
 *
 * <ol>
 *   <li>a whole name (the id or any label) that fits exactly one entry is that entry; a whole
 *       name that fits several is ambiguous;
 *   <li>but an id, which people do not see, wins only when it is not also the start of another
 *       entry's label: "fit" could be "Personal fit" (fit) or "Fit with the job postings you
 *       want" (jd-fit);
 *   <li>then the start of a label or an id that fits exactly one entry (several: ambiguous).
 * </ol>
 *
 * A lookup made {@link #wholeNames() for whole names only} takes an id written exactly as it is
 * first, then only the first step: for answers files and saved answers, whose words are meant
 * as written, and for names people give things of their own, which a start must never capture.
 */
public final class NameLookup {

  /** One thing that can be named: its id and every label it goes by, the one shown first. */
  public record Entry(String id, List<String> names) {
    public Entry {
      names = List.copyOf(names);
      if (names.isEmpty()) {
        throw new IllegalArgumentException("an entry needs a label: " + id);
      }
    }

    public Entry(String id, String label) {
      this(id, List.of(label));
    }

    /** The label people see. */
    public String label() {
      return names.get(0);
    }
  }

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
  private final List<Folded> folded;
  private final boolean starts;

  /** An entry with its id and names folded once, as every lookup compares them so. */
  private record Folded(Entry entry, String id, List<String> names) {}

  public NameLookup(List<Entry> entries) {
    this(entries, true);
  }

  private NameLookup(List<Entry> entries, boolean starts) {
    this.entries = List.copyOf(entries);
    this.folded = this.entries.stream()
        .map(e -> new Folded(e, fold(e.id()), e.names().stream().map(NameLookup::fold).toList()))
        .toList();
    this.starts = starts;
  }

  private NameLookup(NameLookup from, boolean starts) {
    this.entries = from.entries;
    this.folded = from.folded;
    this.starts = starts;
  }

  public static NameLookup options(Decision decision) {
    return new NameLookup(
        decision.options().stream().map(o -> new Entry(o.id(), o.label())).toList());
  }

  public static NameLookup criteria(Decision decision) {
    return new NameLookup(
        decision.criteria().stream().map(c -> new Entry(c.id(), c.label())).toList());
  }

  /** The same entries, found by a whole id or label only, never by a start. */
  public NameLookup wholeNames() {
    return new NameLookup(this, false);
  }

  public List<Entry> entries() {
    return entries;
  }

  public Result find(String typed) {
    String name = fold(typed);
    if (name.isEmpty()) {
      return new Result.Unknown();
    }
    if (!starts) {
      // Written words (an answers file, a saved item) mean an id exactly as written.
      List<Entry> id = matching(e -> e.entry().id().equals(typed.strip()));
      if (id.size() == 1) {
        return new Result.Found(id.get(0));
      }
    }
    List<Entry> whole = matching(e -> e.id().equals(name) || e.names().contains(name));
    if (whole.size() > 1) {
      return new Result.Ambiguous(whole);
    }
    if (whole.size() == 1) {
      Entry e = whole.get(0);
      if (!starts || folded.get(entries.indexOf(e)).names().contains(name)) {
        return new Result.Found(e);
      }
      // Found by its id alone: a label that starts so is as likely meant.
      List<Entry> also = matching(o -> o.entry() == e || startsWith(o.names(), name));
      return also.size() == 1 ? new Result.Found(e) : new Result.Ambiguous(also);
    }
    if (!starts) {
      return new Result.Unknown();
    }
    List<Entry> begun = matching(e -> e.id().startsWith(name) || startsWith(e.names(), name));
    return switch (begun.size()) {
      case 0 -> new Result.Unknown();
      case 1 -> new Result.Found(begun.get(0));
      default -> new Result.Ambiguous(begun);
    };
  }

  private static boolean startsWith(List<String> names, String prefix) {
    for (String n : names) {
      if (n.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private List<Entry> matching(Predicate<Folded> fits) {
    List<Entry> found = new ArrayList<>();
    for (Folded e : folded) {
      if (fits.test(e)) {
        found.add(e.entry());
      }
    }
    return found;
  }

  /**
   * A name as it is compared: case, Unicode composition, curly apostrophes and runs of spaces
   * do not tell names apart.
   */
  public static String fold(String text) {
    // Called for every name on every lookup, so it is one pass over the text: the same as
    // collapsing each run of regex \s to one space, without a regex.
    String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
    String stripped = nfc.strip();
    StringBuilder b = new StringBuilder(stripped.length());
    boolean gap = false;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        gap = true;
        continue;
      }
      if (gap) {
        b.append(' ');
        gap = false;
      }
      b.append(c == '\u2019' ? '\'' : c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether two names are the same, {@link #fold folded}. */
  public static boolean same(String a, String b) {
    return fold(a).equals(fold(b));
  }
}
