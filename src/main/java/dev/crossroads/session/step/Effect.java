package dev.crossroads.session.step;

import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.SessionState;

import dev.crossroads.Message;
import dev.crossroads.store.Profile;

/**
 * What a step asks the loop to do besides asking: show a line, refuse a reply, keep or drop the
 * draft, show the summary. Values, so a test can read what a step would do without a terminal.
 */
public sealed interface Effect
    permits Effect.Say, Effect.Print, Effect.Reject, Effect.Draft, Effect.Discard,
        Effect.ShowSummary {

  /** A line for the person at the prompt (headers, help, live feedback); silent without one. */
  record Say(String text) implements Effect {}

  /** A line on the session's output, whoever is answering (the outcome of a save). */
  record Print(String text) implements Effect {}

  /** The reply to {@code prompt} was refused for {@code reason}. */
  record Reject(Prompt prompt, String typed, Message reason) implements Effect {}

  /** Keep {@code state} as the draft. */
  record Draft(SessionState state) implements Effect {}

  /** Drop the draft: nothing worth resuming, or the decision was saved. */
  record Discard() implements Effect {}

  /** Show the summary of {@code profile} before the save. */
  record ShowSummary(Profile profile) implements Effect {}
}
