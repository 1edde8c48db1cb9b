package dev.crossroads.session;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Standard input read line by line, noting whether any line said something: an empty pipe or
 * /dev/null (or only empty lines) is no answers at all, not a script that ran short.
 */
final class PipedLines extends BufferedReader {
  private boolean gaveAnswers;

  PipedLines(java.io.Reader in) {
    super(in);
  }

  @Override
  public String readLine() throws IOException {
    String line = super.readLine();
    if (line != null && !line.isBlank()) {
      gaveAnswers = true;
    }
    return line;
  }

  boolean gaveAnswers() {
    return gaveAnswers;
  }
}
