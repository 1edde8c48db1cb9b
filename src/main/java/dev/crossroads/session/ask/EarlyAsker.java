package dev.crossroads.session.ask;

import dev.crossroads.Message;
import dev.crossroads.TerminalCapabilities;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The terminal asker while its terminal is still being opened (JLine reads the terminal's
 * capabilities and builds its line reader on another thread, which takes longer than the rest
 * of the start): what the session shows first goes straight to standard output, laid out as
 * {@link TerminalAsker} lays it out, and so does the first question with its prompt. When that
 * question waits for its answer, the terminal asker takes over and redraws the prompt over
 * itself, so the screen does not change; text typed meanwhile is kept by the terminal and read.
 * Until then the terminal is in its own line mode: it shows what is typed, and Enter moves to the
 * next line, so when a whole line is waiting the prompt is redrawn one line up, where it was.
 *
 * <p>A first screen printed even earlier, before the session was made ({@code printed}), is left
 * out as the session gets to it. Should the session's turn out to be another (it never should),
 * the session's own follows on a fresh line.
 */
public final class EarlyAsker implements Asker {
  private final PrintWriter screen;
  private final TerminalCapabilities look;
  private final Supplier<TerminalAsker> opened;
  private final IntSupplier typedLines;
  private Optional<FirstScreen> printed;
  private final List<String> said = new ArrayList<>();
  private TerminalAsker asker;

  /**
   * Prints on {@code screen} (standard output) for a terminal as {@code look} describes it, until
   * {@code opened} gives the terminal asker (it waits for the terminal, if need be); leaves out
   * the first screen already {@code printed}, if any. {@code typedLines} tells how much of what
   * was typed meanwhile is whole lines, ended with Enter ({@link #waitingIn}).
   */
  public EarlyAsker(PrintWriter screen, TerminalCapabilities look, Supplier<TerminalAsker> opened,
      Optional<FirstScreen> printed, IntSupplier typedLines) {
    this.screen = screen;
    this.look = look;
    this.opened = opened;
    this.printed = printed;
    this.typedLines = typedLines;
  }

  /**
   * How many characters of whole lines wait in {@code in}: a terminal in its own line mode makes
   * a line readable only once Enter ends it.
   */
  public static IntSupplier waitingIn(InputStream in) {
    return () -> {
      try {
        return in.available();
      } catch (IOException e) {
        return 0;
      }
    };
  }

  @Override
  public Reply ask(Prompt prompt) {
    if (asker != null) {
      return asker.ask(prompt);
    }
    if (printed.isEmpty() || !printed.get().is(said, prompt, look.ascii())) {
      abandonPrinted(said);
      FirstScreen.of(List.of(), prompt, look.ascii()).print(screen, look);
    }
    TerminalAsker terminal = asker();
    if (!look.ascii()) {
      // Back to the prompt's line and its start: the line reader draws its prompt from there,
      // over the same text, then what was typed. (Under --ascii no prompt was printed early.)
      screen.print(typedLines.getAsInt() > 0 ? "\u001B[A\r" : "\r");
      screen.flush();
    }
    return terminal.ask(prompt.withoutLead());
  }

  @Override
  public void say(String text) {
    if (asker != null) {
      asker.say(text);
      return;
    }
    said.add(text);
    if (printed.isPresent() && printed.get().begins(said)) {
      return;
    }
    abandonPrinted(said.subList(0, said.size() - 1));
    FirstScreen.printLine(screen, text, look);
    screen.flush();
  }

  /**
   * The printed screen is not the session's: the session's own goes on a fresh line, from the
   * lines it has {@code shown} so far.
   */
  private void abandonPrinted(List<String> shown) {
    if (printed.isPresent()) {
      printed = Optional.empty();
      screen.println();
      shown.forEach(line -> FirstScreen.printLine(screen, line, look));
    }
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
