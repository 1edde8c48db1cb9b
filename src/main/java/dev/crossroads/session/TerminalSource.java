package dev.crossroads.session;

import java.io.IOException;
import java.util.Map;
import org.jline.terminal.Terminal;

/**
 * Where a session's terminal comes from. A person's session gets the system's terminal; the run
 * that trains the class-data archive gets a dumb terminal over scripted keys, so the archive
 * holds what a session at a terminal loads. Whether there is a terminal at all is decided once
 * at start ({@link dev.crossroads.TerminalCapabilities}).
 */
@FunctionalInterface
public interface TerminalSource {
  /** The system's terminal. */
  TerminalSource SYSTEM = SessionTerminal::open;

  Terminal open(Map<String, String> env) throws IOException;
}
