package dev.crossroads;

import java.util.Map;
import java.util.OptionalInt;

/**
 * What the terminal a run talks to allows, decided once at start ({@link #of}) and passed down
 * to everything that prints or asks, so no class asks the process again and none disagrees.
 *
 * <ul>
 *   <li>{@code interactive}: a person is there, standard input and output both being a terminal
 *       ({@code CROSSROADS_NO_TTY}, set by tests and scripts, says there is none);
 *   <li>{@code color}: text may be styled (colour and bold): only on a terminal, never under
 *       {@code NO_COLOR}, {@code TERM=dumb} or {@code --no-color};
 *   <li>{@code ascii}: crossroads' own text keeps to ASCII ({@code --ascii}, and {@code TERM=dumb}
 *       whether or not there is a terminal): no box-drawing or block characters, no typographic
 *       dashes, quotes or dots, for terminals that draw them double width and for screen readers
 *       and braille displays, which read them out by name or not at all;
 *   <li>{@code columns}: the terminal's width when there is one ({@code COLUMNS} first: a width
 *       the person set, or the one the launcher read from the terminal); empty for a pipe or a
 *       file.
 * </ul>
 */
public record TerminalCapabilities(
    boolean interactive, boolean color, boolean ascii, OptionalInt columns) {
  /** The width laid out for when there is no terminal to ask. */
  public static final int DEFAULT_WIDTH = 80;

  /** What a run without a terminal may do: plain text, 80 columns. */
  public static TerminalCapabilities none() {
    return new TerminalCapabilities(false, false, false, OptionalInt.empty());
  }

  /** What the process's streams are, asked once. */
  public interface Probe {
    /** Standard input and output are both a terminal. */
    boolean isTerminal();

    /** The terminal's width in columns, when it can be asked. */
    OptionalInt columns();
  }

  /** Decided from the environment and the process's streams, before any option is read. */
  public static TerminalCapabilities of(Map<String, String> env, Probe probe) {
    boolean terminal = !set(env, "CROSSROADS_NO_TTY") && probe.isTerminal();
    boolean dumb = "dumb".equals(env.get("TERM"));
    if (!terminal) {
      return none().withOptions(false, dumb);
    }
    boolean color = !set(env, "NO_COLOR") && !dumb;
    String given = env.getOrDefault("COLUMNS", "");
    OptionalInt columns = given.matches("\\d{2,4}")
        ? OptionalInt.of(Integer.parseInt(given))
        : probe.columns();
    return new TerminalCapabilities(true, color, dumb, columns);
  }

  /** The same terminal as the output options {@code --no-color} and {@code --ascii} leave it. */
  public TerminalCapabilities withOptions(boolean noColor, boolean asciiOnly) {
    return new TerminalCapabilities(interactive, color && !noColor, ascii || asciiOnly, columns);
  }

  /** The width to lay text out for: the terminal's, else {@value #DEFAULT_WIDTH}. */
  public int width() {
    return columns.orElse(DEFAULT_WIDTH);
  }

  /** NO_COLOR counts when it is set to anything but the empty string (no-color.org). */
  private static boolean set(Map<String, String> env, String name) {
    String value = env.get(name);
    return value != null && !value.isEmpty();
  }
}
