package dev.crossroads.session;

import java.io.IOException;
import java.util.Map;
import org.jline.terminal.Terminal;

/**
 * Where a session's terminal comes from. A person's session gets the system's terminal when
 * standard input and output are one; the run that trains the class-data archive gets a dumb
 * terminal over scripted keys, so the archive holds what a session at a terminal loads.
 */
public interface TerminalSource {
  /** The system's terminal, when the process has one. */
  TerminalSource SYSTEM =
      new TerminalSource() {
        @Override
        public boolean available() {
          return SessionTerminal.isTerminal();
        }

        @Override
        public Terminal open(Map<String, String> env) throws IOException {
          return SessionTerminal.open(env);
        }
      };

  boolean available();

  Terminal open(Map<String, String> env) throws IOException;
}
