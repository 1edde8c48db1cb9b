package dev.crossroads.cli;

import dev.crossroads.Failure;
import dev.crossroads.Messages;
import java.io.PrintWriter;

/**
 * Runs a command's body and turns an expected {@link Failure} into its message on the error
 * stream and its exit code, so each command returns the right code however it is wired.
 */
final class FailureReport {
  @FunctionalInterface
  interface Body {
    int run();
  }

  private FailureReport() {}

  static int run(PrintWriter err, Messages messages, Body body) {
    try {
      return body.run();
    } catch (Failure f) {
      err.println(messages.get(f.userMessage()));
      err.flush();
      return f.exitCode();
    }
  }
}
