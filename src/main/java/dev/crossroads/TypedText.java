package dev.crossroads;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Whether a line typed at a prompt (or read for one from an answers file) may be taken as text. A
 * line holding a terminal control ({@link TerminalText#isControl}) is refused rather than cleaned:
 * it would be saved into a profile that others open, and it is almost always a paste gone wrong,
 * which the person would rather see than have quietly changed. What is accepted here is exactly
 * what {@link TerminalText#clean} leaves alone, so a typed label shows as typed.
 */
public final class TypedText {
  private TypedText() {}

  /**
   * Empty when {@code typed} may be taken; otherwise the reason to show, naming the first control
   * by its stand-in and its position (in characters as a person counts them, from 1).
   */
  public static Optional<Message> refusal(String typed) {
    OptionalInt at = TerminalText.firstControl(typed);
    if (at.isEmpty()) {
      return Optional.empty();
    }
    int index = at.getAsInt();
    return Optional.of(
        Message.of(
            "text.typedControl",
            TerminalText.standIn(typed.charAt(index)),
            typed.codePointCount(0, index) + 1));
  }
}
