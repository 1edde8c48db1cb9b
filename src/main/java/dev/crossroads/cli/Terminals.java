package dev.crossroads.cli;

import dev.crossroads.TerminalCapabilities;
import java.io.Console;
import java.lang.reflect.Method;
import java.util.OptionalInt;
import org.jline.nativ.CLibrary;

/**
 * The process's own streams, asked once at start for {@link TerminalCapabilities#of}: whether
 * standard input and output are a terminal, and how wide it is.
 */
final class Terminals implements TerminalCapabilities.Probe {
  /** Set by the launcher, which knows the answer without asking Java's console. */
  static final String TTY = "crossroads.tty";
  private static final int STDOUT = 1;

  @Override
  public boolean isTerminal() {
    String known = System.getProperty(TTY, "");
    if (!known.isEmpty()) {
      return Boolean.parseBoolean(known);
    }
    // A console exists only when both standard input and output are a terminal; JDK 22 and
    // later also give one to redirected streams, and say so with isTerminal.
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  @Override
  public OptionalInt columns() {
    // One ioctl through the native library JLine's terminal loads anyway: building a whole
    // terminal to learn its width would cost the start-up more than the rest of a command.
    try {
      int columns = CLibrary.getTerminalWidth(STDOUT);
      return columns > 0 ? OptionalInt.of(columns) : OptionalInt.empty();
    } catch (LinkageError | RuntimeException e) {
      // No native library for this platform: the width is unknown, as for a pipe.
      return OptionalInt.empty();
    }
  }
}
