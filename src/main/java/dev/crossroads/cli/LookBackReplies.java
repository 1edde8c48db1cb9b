package dev.crossroads.cli;

import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.decision.Hindsight;
import dev.crossroads.decision.JournalEntry;
import dev.crossroads.decision.Limits;
import dev.crossroads.decision.Option;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the answers of a look back as people give them, typed, as flags or in an answers file:
 * what was chosen (an option's number, label or id, or the person's own words), how it went
 * (1-10), what was learned, how the chance looks now (1-3 or its words, in English or Korean),
 * and the next review date. An empty answer (or {@code -}) skips the question.
 */
final class LookBackReplies {
  private static final String SKIP = "-";

  /**
   * One answer read: its value (empty when skipped) or the reason it was refused.
   *
   * @param <T> the value's type
   */
  record Read<T>(Optional<T> value, Optional<Message> refused) {
    Read {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(refused, "refused");
    }

    static <T> Read<T> of(T value) {
      return new Read<>(Optional.of(value), Optional.empty());
    }

    static <T> Read<T> skipped() {
      return new Read<>(Optional.empty(), Optional.empty());
    }

    static <T> Read<T> refused(String key, Object... args) {
      return new Read<>(Optional.empty(), Optional.of(Message.of(key, args)));
    }
  }

  private LookBackReplies() {}

  /** The label of the option chosen, or the person's own words for something else. */
  static Read<String> chose(String reply, List<Option> options) {
    String line = reply.strip();
    if (skipped(line)) {
      return Read.skipped();
    }
    if (line.matches("\\d{1,9}")) {
      int n = Integer.parseInt(line);
      return n >= 1 && n <= options.size() ? Read.of(options.get(n - 1).label())
          : Read.refused("journal.refuse.chose", options.size());
    }
    String wanted = line.toLowerCase(Locale.ROOT);
    for (Option o : options) {
      if (o.label().strip().toLowerCase(Locale.ROOT).equals(wanted)
          || o.id().toLowerCase(Locale.ROOT).equals(wanted)) {
        return Read.of(o.label());
      }
    }
    return text(line);
  }

  static Read<Integer> outcome(String reply) {
    String line = reply.strip();
    if (skipped(line)) {
      return Read.skipped();
    }
    if (line.matches("\\d{1,2}")) {
      int n = Integer.parseInt(line);
      if (n >= JournalEntry.WORST && n <= JournalEntry.BEST) {
        return Read.of(n);
      }
    }
    return Read.refused("journal.refuse.outcome");
  }

  static Read<String> learned(String reply) {
    String line = reply.strip();
    return skipped(line) ? Read.skipped() : text(line);
  }

  /** 1-3, the ids ({@code about-right}) or the words in either language ("about right", "적절"). */
  static Read<Hindsight> hindsight(String reply) {
    String line = reply.strip();
    if (skipped(line)) {
      return Read.skipped();
    }
    Hindsight[] all = Hindsight.values();
    if (line.matches("[1-3]")) {
      return Read.of(all[Integer.parseInt(line) - 1]);
    }
    String wanted = words(line);
    for (Hindsight h : all) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
        String said = new Messages(locale).get("journal.hindsight." + h.id());
        if (wanted.equals(words(said)) || wanted.equals(words(h.id()))) {
          return Read.of(h);
        }
      }
    }
    return Read.refused("journal.refuse.hindsight");
  }

  /** The next review date: after {@code today}, written YYYY-MM-DD (or with / or .). */
  static Read<LocalDate> nextReview(String reply, LocalDate today) {
    String line = reply.strip();
    if (skipped(line)) {
      return Read.skipped();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(line.replace('/', '-').replace('.', '-'));
    } catch (DateTimeParseException e) {
      return Read.refused("journal.refuse.date", today.plusMonths(6).toString());
    }
    return date.isAfter(today) ? Read.of(date) : Read.refused("journal.refuse.past", today);
  }

  private static Read<String> text(String line) {
    int length = Limits.length(line);
    return length > Limits.MAX_TEXT
        ? Read.refused("journal.refuse.tooLong", length, Limits.MAX_TEXT)
        : Read.of(line);
  }

  private static boolean skipped(String line) {
    return line.isEmpty() || line.equals(SKIP);
  }

  /** Case, hyphens and spaces aside: "About-right" and "about right" are the same answer. */
  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
  }
}
