package dev.crossroads.session.question;

import dev.crossroads.session.state.Answer;

import dev.crossroads.Message;

/** What a question made of a reply. */
public sealed interface Outcome
    permits Outcome.Done, Outcome.Working, Outcome.Invalid, Outcome.Jump, Outcome.Setting {

  /** The question is answered; go on. */
  record Done(Answer answer) implements Outcome {}

  /** An edit to a list was taken; keep it and ask the same question again. */
  record Working(Answer answer) implements Outcome {}

  /** Not accepted; ask again on a clean line with this one-line reason. */
  record Invalid(Message reason) implements Outcome {}

  /** Go to another question (the review's "edit N"). */
  record Jump(String questionId) implements Outcome {}

  /**
   * A setting of the session rather than an answer (the order the ratings are walked in): keep
   * {@code answer} under {@code id}, say {@code said}, and put the same question again.
   */
  record Setting(String id, Answer answer, Message said) implements Outcome {}

  static Outcome invalid(String key, Object... args) {
    return new Invalid(Message.of(key, args));
  }
}
