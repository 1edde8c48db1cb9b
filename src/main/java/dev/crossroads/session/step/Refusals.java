package dev.crossroads.session.step;

import dev.crossroads.Message;
import dev.crossroads.Quote;
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

  private Refusals() {}

  static Optional<Message> of(String typed) {
    if (typed.length() > LONGEST) {
      return Optional.of(Message.of("session.input.tooLong", typed.length(), LONGEST));
    }
    return TypedText.refusal(typed);
  }

  /** {@code typed} as a refusal quotes it back: cut as every quoted value is ({@link Quote}). */
  static String quoted(String typed) {
    return Quote.cut(typed);
  }
}
