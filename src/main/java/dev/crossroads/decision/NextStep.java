package dev.crossroads.decision;

import java.time.LocalDate;
import java.util.Objects;

/** One thing to do next and the day it is due by: "Ask two of the lab's students", 2026-12-05. */
public record NextStep(String what, LocalDate by) {
  public NextStep {
    if (Objects.requireNonNull(what, "what").isBlank()) {
      throw new IllegalArgumentException("a next step needs words");
    }
    Objects.requireNonNull(by, "by");
  }
}
