package dev.crossroads.store;

import dev.crossroads.decision.Hindsight;
import dev.crossroads.decision.JournalEntry;
import dev.crossroads.decision.Limits;
import dev.crossroads.store.FieldReader.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the optional top-level "journal" list: the person's looks back at the decision, in the
 * order they were written. Entries hold labels and numbers as they were on the day, never ids,
 * so nothing in them is checked against the options the profile has now.
 */
final class JournalParser {
  static final String FIELD = "journal";
  private static final Set<String> FIELDS = Set.of("date", "chose", "outcome", "learned",
      "hindsight", "gutFirst", "modelFirst", "modelChance");

  private final FieldReader in;

  JournalParser(FieldReader in) {
    this.in = in;
  }

  List<JournalEntry> read(Node list) {
    List<JournalEntry> entries = new ArrayList<>();
    for (Node item : in.array(list, Limits.MAX_JOURNAL).orElse(List.of())) {
      if (in.object(item).isEmpty()) {
        continue;
      }
      int before = in.problemCount();
      in.allowOnly(item, FIELDS);
      Optional<LocalDate> date = in.date(item, "date", true);
      Optional<String> chose = in.text(item, "chose", false).filter(t -> !t.isBlank());
      OptionalInt outcome = outcome(item);
      String learned = in.text(item, "learned", false).orElse("");
      Optional<Hindsight> hindsight = hindsight(item);
      Optional<String> gutFirst = in.text(item, "gutFirst", false, Limits.MAX_LABEL);
      Optional<String> modelFirst = in.text(item, "modelFirst", false, Limits.MAX_LABEL);
      OptionalDouble chance = chance(item);
      if (in.problemCount() == before && date.isPresent()) {
        entries.add(new JournalEntry(date.get(), chose, outcome, learned, hindsight, gutFirst,
            modelFirst, chance));
      }
    }
    return entries;
  }

  /** How it went: a whole number from 1 to 10. */
  private OptionalInt outcome(Node item) {
    Optional<Node> node = in.field(item, "outcome", false);
    OptionalDouble value = node.isPresent() ? in.number(node.get()) : OptionalDouble.empty();
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    double v = value.getAsDouble();
    if (v != Math.rint(v) || v < JournalEntry.WORST || v > JournalEntry.BEST) {
      in.atValue(node.get(), "store.journal.badOutcome", PlainNumber.format(v));
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) v);
  }

  private Optional<Hindsight> hindsight(Node item) {
    Optional<Node> node = in.field(item, "hindsight", false);
    Optional<String> text = node.flatMap(in::text);
    Optional<Hindsight> hindsight = text.flatMap(Hindsight::ofId);
    if (text.isPresent() && hindsight.isEmpty()) {
      in.atValue(node.get(), "store.journal.badHindsight", text.get(), FieldReader.list(
          Arrays.stream(Hindsight.values()).map(Hindsight::id).collect(Collectors.joining(", "))));
    }
    return hindsight;
  }

  /** The model's chance on the day: a share from 0 to 1. */
  private OptionalDouble chance(Node item) {
    Optional<Node> node = in.field(item, "modelChance", false);
    OptionalDouble value = node.isPresent() ? in.number(node.get()) : OptionalDouble.empty();
    if (value.isPresent() && (value.getAsDouble() < 0 || value.getAsDouble() > 1)) {
      in.atValue(node.get(), "store.journal.badChance", PlainNumber.format(value.getAsDouble()));
      return OptionalDouble.empty();
    }
    return value;
  }
}
