package dev.crossroads.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts about the decision that no method weighs: the template it started from, the deadline,
 * when to review it, the person's gut ranking recorded before any scoring, their plan, and the
 * journal of their looks back, oldest first.
 */
public record Meta(
    String templateId,
    Optional<LocalDate> deadline,
    Optional<LocalDate> reviewDate,
    List<String> gutRanking,
    Plan plan,
    List<JournalEntry> journal) {
  public static final Meta NONE =
      new Meta("", Optional.empty(), Optional.empty(), List.of(), Plan.NONE, List.of());

  public Meta {
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(reviewDate, "reviewDate");
    gutRanking = List.copyOf(gutRanking);
    Objects.requireNonNull(plan, "plan");
    journal = List.copyOf(journal);
  }

  public Meta withTemplateId(String id) {
    return new Meta(id, deadline, reviewDate, gutRanking, plan, journal);
  }

  public Meta withPlan(Plan newPlan) {
    return new Meta(templateId, deadline, reviewDate, gutRanking, newPlan, journal);
  }

  public Meta withJournal(List<JournalEntry> entries) {
    return new Meta(templateId, deadline, reviewDate, gutRanking, plan, entries);
  }

  /** The review date moved to {@code next}, when there is one. */
  public Meta withReviewDate(Optional<LocalDate> next) {
    return new Meta(templateId, deadline, next.or(() -> reviewDate), gutRanking, plan, journal);
  }

  /** The journal with {@code entry} added last. */
  public Meta lookedBack(JournalEntry entry) {
    List<JournalEntry> entries = new ArrayList<>(journal);
    entries.add(entry);
    return new Meta(templateId, deadline, reviewDate, gutRanking, plan, entries);
  }

  /**
   * The review date when it has come ({@code today} counts) and no look back was written on or
   * after it: a decision looked back at is not due again until a later review date is set.
   */
  public Optional<LocalDate> reviewDue(LocalDate today) {
    return reviewDate.filter(
        date -> !date.isAfter(today) && journal.stream().noneMatch(e -> !e.date().isBefore(date)));
  }
}
