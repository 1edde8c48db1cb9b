package dev.crossroads.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.jline.utils.InfoCmp;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The terminal a session talks to, opened fast. */
final class SessionTerminal {
  private SessionTerminal() {}

  /**
   * The system terminal, as a dumb one when it cannot do better. Opened without starting a
   * process: the JNI provider asks the terminal itself (the others run {@code test} and
   * {@code stty}), and a terminal type JLine has built in is handed its capabilities instead of
   * running {@code infocmp} for them. JLine's probe of the terminal's modes is left out: it
   * turns echo off while it waits for answers, and what it learns (grapheme clusters, for
   * emoji sequences) the session does not need.
   */
  static Terminal open(Map<String, String> env) throws IOException {
    String term = env.getOrDefault("TERM", "");
    String type = knownType(term).orElse(term);
    String capabilities = type.isEmpty() ? null : InfoCmp.getDefaultInfoCmp(type);
    if (capabilities != null) {
      InfoCmp.setLoadedInfoCmp(type, capabilities);
    }
    TerminalBuilder builder = TerminalBuilder.builder().system(true).dumb(true)
        .providers("jni,exec").graphemeCluster(false).encoding(StandardCharsets.UTF_8);
    if (!type.isEmpty()) {
      builder.type(type);
    }
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
}
