package dev.crossroads.report;

import dev.crossroads.DisplayWidth;

import dev.crossroads.TerminalText;
import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping by display width, so Korean sentences break where they should. The text is one
 * paragraph, cleaned of terminal controls with its breaks and tabs as spaces ({@link
 * TerminalText#line}) first: it is measured as the terminal will show it, and a title printed
 * straight from a profile cannot rewrite the screen. Callers split paragraphs before wrapping.
 */
public final class Wrap {
  private Wrap() {}

  /**
   * Wraps {@code text} to {@code width} columns; the first line starts with {@code first}, the
   * others with {@code rest} (usually spaces of the same width, for hanging indents).
   */
  public static List<String> lines(String text, int width, String first, String rest) {
    return wrapped(text, width, first, rest, true);
  }

  /**
   * {@link #lines} for text whose every word matters whole (an error naming a path or an id): a
   * word longer than the line stands on a line of its own, longer than the width, never cut.
   */
  public static List<String> keepingWords(String text, int width, String first, String rest) {
    return wrapped(text, width, first, rest, false);
  }

  private static List<String> wrapped(String text, int width, String first, String rest,
      boolean cut) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int used = DisplayWidth.of(first);
    boolean empty = true;
    for (String word : TerminalText.line(text).split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int w = DisplayWidth.of(word);
      if (!empty && used + 1 + w > width) {
        out.add(line.toString());
        line = new StringBuilder(rest);
        used = DisplayWidth.of(rest);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
        used++;
      }
      // A single word longer than the line is cut rather than allowed to overflow.
      if (cut && used + w > width) {
        word = DisplayWidth.truncate(word, Math.max(1, width - used), "..");
        w = DisplayWidth.of(word);
      }
      line.append(word);
      used += w;
      empty = false;
    }
    out.add(line.toString());
    return out;
  }
}
