package dev.crossroads.session;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The terminal a session talks to: whether there is one, and opening it fast. */
final class SessionTerminal {
  private SessionTerminal() {}

  /** The system terminal, as a dumb one when it cannot do better. */
  static Terminal open(Map<String, String> env) throws IOException {
    TerminalBuilder builder = TerminalBuilder.builder().system(true).dumb(true)
        .encoding(StandardCharsets.UTF_8);
    knownType(env.getOrDefault("TERM", "")).ifPresent(builder::type);
    return builder.build();
  }

  static void closeQuietly(Terminal terminal) {
    if (terminal != null) {
      try {
        terminal.close();
      } catch (IOException e) {
        // The terminal is being let go of; nothing more can be done about it.
      }
    }
  }

  /**
   * A terminal type JLine has built in, for the common ones it lacks: without it JLine starts
   * {@code infocmp} to learn the capabilities, which delays the first prompt. tmux and screen
   * read the same sequences as screen; xterm-like terminals as xterm.
   */
  static Optional<String> knownType(String term) {
    boolean colours = term.contains("256");
    if (term.startsWith("tmux") || term.startsWith("screen.") || term.startsWith("screen-")
        && !term.equals("screen-256color")) {
      return Optional.of(colours ? "screen-256color" : "screen");
    }
    if (term.startsWith("xterm-") && !term.equals("xterm-256color")) {
      return Optional.of(colours || term.contains("direct") || term.contains("kitty")
          || term.contains("ghostty") ? "xterm-256color" : "xterm");
    }
    return Optional.empty();
  }

  /** Standard input and output are both a terminal (JDK 22+ also answers for redirection). */
  static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method m = java.io.Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
