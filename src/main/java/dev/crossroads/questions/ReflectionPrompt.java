package dev.crossroads.questions;

import dev.crossroads.Present;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A question asked after the scoring (what would change your mind, a pre-mortem, a review date).
 * The {@code hint} is shown to help answer; a default is a value the answer starts from: a text
 * for a text prompt, a period after today for a date prompt.
 */
public record ReflectionPrompt(
    String id,
    Kind kind,
    LocalizedText text,
    LocalizedText hint,
    Optional<LocalizedText> defaultText,
    Optional<Period> defaultAfter) {

  /** Whether the answer is free text or a date. */
  public enum Kind {
    TEXT,
    DATE
  }

  public ReflectionPrompt {
    Present.all("id", id, "kind", kind, "text", text, "hint", hint, "defaultText", defaultText,
        "defaultAfter", defaultAfter);
    if (kind == Kind.TEXT && defaultAfter.isPresent()
        || kind == Kind.DATE && defaultText.isPresent()) {
      throw new IllegalArgumentException("a " + kind + " prompt cannot have that kind of default");
    }
  }

  /** The date a date prompt suggests, counted from {@code today}. */
  public Optional<LocalDate> defaultDate(LocalDate today) {
    return defaultAfter.map(today::plus);
  }
}
