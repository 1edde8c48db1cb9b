package dev.crossroads.cli;

import dev.crossroads.Language;
import dev.crossroads.Messages;
import dev.crossroads.TerminalCapabilities;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What every command needs from the process: streams, environment, clock, the chosen
 * language and what the terminal allows. Passed in, never held statically, so tests control all
 * of it.
 */
public record AppContext(
    InputStream in,
    PrintWriter out,
    PrintWriter err,
    Map<String, String> env,
    Clock clock,
    Messages messages,
    boolean languageGiven,
    boolean debug,
    TerminalCapabilities terminal) {

  /** A context without a terminal: plain text, nobody to ask. */
  public AppContext(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env,
      Clock clock, Messages messages, boolean languageGiven, boolean debug) {
    this(in, out, err, env, clock, messages, languageGiven, debug, TerminalCapabilities.none());
  }

  /**
   * The messages to report on a profile in: the language asked for with --lang, else the
   * profile's own, since its labels are in that language too.
   */
  public Messages messagesFor(String profileLanguage) {
    if (languageGiven || profileLanguage.equals(messages.locale().getLanguage())) {
      return messages;
    }
    return new Messages(Language.ofProfile(profileLanguage), messages.ascii());
  }

  /**
   * The width a listing (profiles, templates) is laid out for: the terminal's, where long fields
   * are cut to fit; unlimited in a pipe or a file, where scripts want every field whole.
   */
  public int listingWidth() {
    return terminal.interactive() ? terminal.width() : Integer.MAX_VALUE;
  }

  public Optional<String> env(String name) {
    String value = env.get(name);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** The user's home directory: $HOME, else the JVM's idea of it. */
  public Path home() {
    return Path.of(env("HOME").orElse(System.getProperty("user.home")));
  }
}
