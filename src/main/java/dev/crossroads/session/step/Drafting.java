package dev.crossroads.session.step;

import dev.crossroads.session.state.SessionState;

import java.util.Set;
import java.util.function.Function;

/**
 * What the draft keeps of a state: only the answers the person gave. Those taken by default
 * because nobody could be asked are left out, so that the draft is listed and resumed at its
 * first unanswered question. When nothing at all was given, there is no draft (one left by an
 * earlier step is dropped): it would only be clutter to resume.
 */
public final class Drafting {
  private Drafting() {}

  /**
   * The draft effect for {@code state}; {@code located} finds the question a state opens at
   * (needed when a default is taken out, since the cursor may then be past an open question).
   */
  static Effect of(SessionState state, Set<String> defaulted,
      Function<SessionState, String> located) {
    SessionState given = state;
    boolean left = false;
    for (String id : defaulted) {
      left |= given.answer(id).isPresent();
      given = given.without(id);
    }
    if (given.answers().isEmpty() && given.typing().isBlank() && given.origin().isEmpty()) {
      return new Effect.Discard();
    }
    if (left) {
      SessionState open = given.at("").reviewing(false);
      given = open.at(located.apply(open));
    }
    return new Effect.Draft(given);
  }
}
