package dev.crossroads.store;

import dev.crossroads.Message;

/** One thing wrong with a profile file: where it is and what was expected there. */
public record ProfileProblem(String source, SourceLocation at, Message detail) {

  /** {@code grad.json:14:22: <detail>}, the way compilers point at a line. */
  public Message message() {
    return Message.of(
        "store.at",
        source,
        String.valueOf(at.line()),
        String.valueOf(at.column()),
        detail);
  }
}
