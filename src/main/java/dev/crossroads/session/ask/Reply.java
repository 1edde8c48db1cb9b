package dev.crossroads.session.ask;

import dev.crossroads.session.state.Answer;

/** What an {@link Asker} got back for a prompt. */
public sealed interface Reply
    permits Reply.Typed, Reply.Given, Reply.Back, Reply.Missing, Reply.Defaulted, Reply.Stopped {

  /** A line the person typed (empty for Enter). */
  record Typed(String line) implements Reply {}

  /** A whole answer read from an answers file. */
  record Given(Answer answer) implements Reply {}

  /** Esc: go to the previous question. */
  record Back() implements Reply {}

  /** No answer is available and nobody can be asked. */
  record Missing() implements Reply {}

  /**
   * Nobody can be asked and nothing was given (an answers file left the question out, piped
   * input ran out): the question's default stands in for the session, but it is not an answer
   * the person gave, so no draft keeps it.
   */
  record Defaulted() implements Reply {}

  /** Ctrl-C ({@code interrupted}) or Ctrl-D / end of input, with the half-typed line. */
  record Stopped(boolean interrupted, String partial) implements Reply {}
}
