package dev.crossroads.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Asks for one line of text on a terminal. Plain line reading keeps it robust on any terminal:
 * Ctrl-D ends the input (empty), Ctrl-C ends the process before anything is saved.
 */
@FunctionalInterface
interface LinePrompt {

  /** The line typed after {@code prompt}, or empty at the end of input. */
  Optional<String> read(String prompt);

  /**
   * A prompt on the process's terminal when standard input and output are both one; empty for
   * pipes, scripts and {@code CROSSROADS_NO_TTY}, where there is nobody to ask.
   */
  static Optional<LinePrompt> forProcess(AppContext app) {
    if (!app.terminal().interactive()) {
      return Optional.empty();
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(app.in(), StandardCharsets.UTF_8));
    return Optional.of(prompt -> readLine(in, app.out(), prompt));
  }

  private static Optional<String> readLine(BufferedReader in, PrintWriter out, String prompt) {
    out.print(prompt);
    out.flush();
    try {
      return Optional.ofNullable(in.readLine());
    } catch (IOException e) {
      // A terminal that can no longer be read is gone: stop as at the end of input, nothing
      // written, rather than report an internal error.
      return Optional.empty();
    }
  }
}
