package dev.crossroads.session.ask;

import dev.crossroads.Message;
import dev.crossroads.TerminalCapabilities;
import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * The terminal asker while its terminal is still being opened (JLine reads the terminal's
 * capabilities and builds its line reader on another thread, which takes longer than the rest
 * of the start): what the session shows first goes straight to standard output, laid out as
 * {@link TerminalAsker} lays it out, and so does the first question with its prompt. When that
 * question waits for its answer, the terminal asker takes over and redraws the prompt over
 * itself, so the screen does not change; text typed meanwhile is kept by the terminal and read.
 */
public final class EarlyAsker implements Asker {
  private final PrintWriter screen;
  private final TerminalCapabilities look;
  private final Supplier<TerminalAsker> opened;
  private TerminalAsker asker;

  /**
   * Prints on {@code screen} (standard output) for a terminal as {@code look} describes it, until
   * {@code opened} gives the terminal asker (it waits for the terminal, if need be).
   */
  public EarlyAsker(PrintWriter screen, TerminalCapabilities look, Supplier<TerminalAsker> opened) {
    this.screen = screen;
    this.look = look;
    this.opened = opened;
  }

  @Override
  public Reply ask(Prompt prompt) {
    if (asker != null) {
      return asker.ask(prompt);
    }
    for (String line : prompt.lead()) {
      TerminalAsker.lines(line, look.width(), look).forEach(screen::println);
    }
    screen.print(TerminalAsker.label(prompt, look));
    screen.flush();
    TerminalAsker terminal = asker();
    // Back to the line's start: the line reader draws its prompt from there, over the same text.
    screen.print('\r');
    screen.flush();
    return terminal.ask(prompt.withoutLead());
  }

  @Override
  public void say(String text) {
    if (asker != null) {
      asker.say(text);
      return;
    }
    TerminalAsker.lines(text, look.width(), look).forEach(screen::println);
    screen.flush();
  }

  @Override
  public void rejected(Prompt prompt, String typed, Message reason) {
    asker().rejected(prompt, typed, reason);
  }

  @Override
  public boolean interactive() {
    return true;
  }

  private TerminalAsker asker() {
    if (asker == null) {
      asker = opened.get();
    }
    return asker;
  }
}
