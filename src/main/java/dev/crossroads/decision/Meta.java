package dev.crossroads.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts about the decision that no method weighs: the template it started from, the deadline,
 * when to review it, and the person's gut ranking recorded before any scoring.
 */
public record Meta(
    String templateId,
    Optional<LocalDate> deadline,
    Optional<LocalDate> reviewDate,
    List<String> gutRanking) {
  public static final Meta NONE = new Meta("", Optional.empty(), Optional.empty(), List.of());

  public Meta {
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(reviewDate, "reviewDate");
    gutRanking = List.copyOf(gutRanking);
  }
}
