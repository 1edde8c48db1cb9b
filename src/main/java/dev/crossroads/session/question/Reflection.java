package dev.crossroads.session.question;

import dev.crossroads.Present;
import java.time.Period;
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
    Present.all("id", id, "text", text, "hint", hint, "defaultText", defaultText,
        "defaultAfter", defaultAfter);
  }
}
