package dev.crossroads.session.ask;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers read line by line from piped standard input, exactly as they would be typed: an empty
 * line takes the default. Nothing is shown. A line that is refused stops the session with the
 * reason; when the input runs out, the questions left are reported as missing.
 */
public final class LineAsker implements Asker {
  private final BufferedReader in;
  private int lineNumber;
  private boolean ended;

  public LineAsker(BufferedReader in) {
    this.in = in;
  }

  @Override
  public Reply ask(Prompt prompt) {
    if (ended) {
      return FileAsker.absent(prompt);
    }
    String line;
    try {
      line = in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (line == null) {
      ended = true;
      return FileAsker.absent(prompt);
    }
    lineNumber++;
    return new Reply.Typed(line);
  }

  @Override
  public void say(String text) {}

  @Override
  public void rejected(Prompt prompt, String typed, Message reason) {
    throw new Problem(Problem.Kind.BAD_DATA,
        Message.of("session.input.badLine", lineNumber, prompt.id(), typed, reason));
  }

  @Override
  public boolean interactive() {
    return false;
  }
}
