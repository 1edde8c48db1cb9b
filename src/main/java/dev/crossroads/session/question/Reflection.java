package dev.crossroads.session.question;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/** A question asked after the ratings; a date prompt suggests a date some period after today. */
public record Reflection(
    String id,
    boolean date,
    String text,
    String hint,
    Optional<String> defaultText,
    Optional<Period> defaultAfter) {

  public Reflection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(defaultText, "defaultText");
    Objects.requireNonNull(defaultAfter, "defaultAfter");
  }
}
