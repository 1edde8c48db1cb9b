package dev.crossroads.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Asks on a line-based terminal: prints the question, reads one line. End of input counts as
 * "no", so a closed terminal never confirms anything.
 */
public record LineConfirmation(BufferedReader in, PrintWriter out) implements Confirmation {
  @Override
  public Optional<Boolean> ask(String question) {
    out.print(question);
    out.flush();
    try {
      String line = in.readLine();
      return Optional.of(line != null && Confirmation.isYes(line));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
