package dev.crossroads.session.question;

import dev.crossroads.session.state.Answer;

import dev.crossroads.Message;

/** What a question made of a reply. */
public sealed interface Outcome
    permits Outcome.Done, Outcome.Working, Outcome.Invalid, Outcome.Jump {

  /** The question is answered; go on. */
  record Done(Answer answer) implements Outcome {}

  /** An edit to a list was taken; keep it and ask the same question again. */
  record Working(Answer answer) implements Outcome {}

  /** Not accepted; ask again on a clean line with this one-line reason. */
  record Invalid(Message reason) implements Outcome {}

  /** Go to another question (the review's "edit N"). */
  record Jump(String questionId) implements Outcome {}

  static Outcome invalid(String key, Object... args) {
    return new Invalid(Message.of(key, args));
  }
}
