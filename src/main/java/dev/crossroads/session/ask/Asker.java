package dev.crossroads.session.ask;

import dev.crossroads.Message;

/**
 * Puts questions to someone: a person at a terminal, lines piped on standard input, or an
 * answers file. The session's logic is the same whichever one it talks to.
 */
public interface Asker {

  Reply ask(Prompt prompt);

  /** Shows lines to the person (section headers, help, the review); silent without a screen. */
  void say(String text);

  /**
   * The reply to {@code prompt} was not accepted. Returns normally when the question can be
   * asked again; throws a {@link dev.crossroads.Problem} when nobody can correct it.
   */
  void rejected(Prompt prompt, String typed, Message reason);

  /** True when a person reads the screen: help and re-asking make sense. */
  boolean interactive();
}
