package dev.crossroads.session.step;

import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.EditOrigin;
import dev.crossroads.session.state.SessionState;

import dev.crossroads.Problem;
import java.util.Optional;

/** What the loop waits for after a step: a reply, a save, or nothing because the session ended. */
public sealed interface Next permits Next.Ask, Next.Save, Next.Finish, Next.Stop {

  /** Put {@code prompt} and bring back the reply. */
  record Ask(Prompt prompt) implements Next {}

  /**
   * Save the profile {@code outgoing} holds as {@code name}, over the profile it was opened
   * from when {@code over} is present, and report how that went. {@code done} is the state
   * with the name given; {@code prompt} and {@code typed} are for asking again if refused.
   */
  record Save(Outgoing outgoing, String name, Optional<EditOrigin> over, SessionState done,
      Prompt prompt, String typed) implements Next {}

  /** The session is over. */
  record Finish(SessionEnd result) implements Next {}

  /** The session cannot go on; {@code failure} says why in one line. */
  record Stop(Problem failure) implements Next {}
}
