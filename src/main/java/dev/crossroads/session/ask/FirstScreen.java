package dev.crossroads.session.ask;

import dev.crossroads.TerminalCapabilities;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A session's first screen as text, to print before its terminal is open: the lines the session
 * shows before its first question (a blank line, the section's header) and the question's own,
 * unwrapped, then the question's prompt line, unstyled. {@link #print} lays them out as
 * {@link TerminalAsker} would; {@link EarlyAsker} then leaves them out when the session gets to
 * them.
 */
public record FirstScreen(List<String> lines, String prompt) {
  public FirstScreen {
    lines = List.copyOf(lines);
    Objects.requireNonNull(prompt, "prompt");
  }

  /** The screen of the lines {@code said} and then {@code question}, its arrow in {@code ascii}. */
  public static FirstScreen of(List<String> said, Prompt question, boolean ascii) {
    List<String> lines = new ArrayList<>(said);
    lines.addAll(question.lead());
    return new FirstScreen(lines, TerminalAsker.promptLine(question, ascii));
  }

  /**
   * Prints the screen for a terminal as {@code look} describes it; the cursor stays after it.
   * Under {@code --ascii} the prompt is left to the line reader, which would print it again over
   * this one: a dumb terminal, a screen reader or a braille display would give it twice.
   */
  public void print(PrintWriter screen, TerminalCapabilities look) {
    for (String line : lines) {
      TerminalAsker.lines(line, look.width(), look).forEach(screen::println);
    }
    if (!look.ascii()) {
      screen.print(TerminalAsker.styled(prompt, look));
    }
    screen.flush();
  }

  /** Prints {@code text} as the terminal asker prints a line, before anything else. */
  public static void printLine(PrintWriter screen, String text, TerminalCapabilities look) {
    TerminalAsker.lines(text, look.width(), look).forEach(screen::println);
  }

  /** True when the lines {@code said} so far begin this screen. */
  boolean begins(List<String> said) {
    return said.size() <= lines.size() && lines.subList(0, said.size()).equals(said);
  }

  /** True when {@code question}, after the lines {@code said}, is this screen. */
  boolean is(List<String> said, Prompt question, boolean ascii) {
    return of(said, question, ascii).equals(this);
  }
}
