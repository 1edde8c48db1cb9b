package dev.crossroads.session.step;

import dev.crossroads.Message;
import dev.crossroads.TypedText;
import java.util.Optional;

/**
 * What no question takes, whatever it asks: a line holding a terminal control (a paste gone
 * wrong, which would travel in a shared profile), or a line longer than any answer could be (a
 * pasted document). Refused at once, before a question spends time reading it.
 */
public final class Refusals {
  /** Longer than any label, figure or reflection a person types; a paste of a page is more. */
  public static final int LONGEST = 2_000;
  /** How much of a refused line is quoted back. */
  static final int QUOTED = 80;

  private Refusals() {}

  static Optional<Message> of(String typed) {
    if (typed.length() > LONGEST) {
      return Optional.of(Message.of("session.input.tooLong", typed.length(), LONGEST));
    }
    return TypedText.refusal(typed);
  }

  /** {@code typed} cut to {@link #QUOTED} characters, with an ellipsis when cut. */
  static String quoted(String typed) {
    if (typed.codePointCount(0, typed.length()) <= QUOTED) {
      return typed;
    }
    return typed.substring(0, typed.offsetByCodePoints(0, QUOTED - 1)) + "…";
  }
}
