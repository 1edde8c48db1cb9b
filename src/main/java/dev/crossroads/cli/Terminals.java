package dev.crossroads.cli;

import java.io.IOException;
import java.util.OptionalInt;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** What the command line needs to know about the real terminal, asked only when needed. */
final class Terminals {
  private final AppContext context;

  Terminals(AppContext context) {
    this.context = context;
  }

  /** True when standard output is a terminal (not a pipe or a file). */
  boolean stdoutIsTerminal() {
    // Console is present only when both stdin and stdout are terminals; that is the case we
    // colour and size for. Tests run with their own streams and never see a console.
    return context.out() != null && System.console() != null && !context.env("CROSSROADS_NO_TTY").isPresent();
  }

  /** The terminal's width in columns, from COLUMNS or from the terminal itself. */
  OptionalInt width() {
    String columns = context.env("COLUMNS").orElse("");
    if (columns.matches("\\d{2,4}")) {
      return OptionalInt.of(Integer.parseInt(columns));
    }
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
      int w = terminal.getWidth();
      return w > 0 ? OptionalInt.of(w) : OptionalInt.empty();
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }
}
