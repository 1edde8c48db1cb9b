package dev.crossroads.session.ask;

import dev.crossroads.DisplayWidth;
import dev.crossroads.TerminalText;
import org.jline.utils.WCWidth;

/** Lines laid out by display width, so Hangul (two columns a letter) lines up with Latin text. */
public final class Layout {
  private Layout() {}

  // Column arithmetic is DisplayWidth's, the one the renderers use too; these keep the
  // session's short names.
  public static int width(String text) {
    return DisplayWidth.of(text);
  }

  /** {@code text} followed by spaces up to {@code columns} display columns. */
  public static String pad(String text, int columns) {
    return DisplayWidth.padRight(text, columns);
  }

  /**
   * {@code text} cut to at most {@code columns} display columns, ending in an ellipsis when cut,
   * so a line never wraps however long the answers it quotes.
   */
  public static String cut(String text, int columns) {
    return DisplayWidth.truncate(text, columns, "…");
  }

  public static String padLeft(String text, int columns) {
    return DisplayWidth.padLeft(text, columns);
  }

  /** "  2. text", with the numbers right-aligned to the widest. */
  public static String numbered(int n, int count, String text) {
    return "  " + padLeft(Integer.toString(n), Integer.toString(count).length()) + ". " + text;
  }

  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("( *)([^ ]+)");
  private static final java.util.regex.Pattern MARKER =
      java.util.regex.Pattern.compile("^(\\s*(?:\\d+\\.|[-•·!*]) )");

  /**
   * {@code text} broken at spaces into lines of at most {@code columns} display columns, each
   * continuation indented like the text after the line's own indent or list marker ("  12. ",
   * "  - "), so a long hint or answer never splits a word at the terminal's edge. A word wider
   * than a line is cut where it must be.
   */
  public static java.util.List<String> wrap(String text, int columns) {
    java.util.regex.Matcher m = MARKER.matcher(text);
    int lead = 0;
    while (lead < text.length() && text.charAt(lead) == ' ') {
      lead++;
    }
    return wrap(text, columns, m.find() ? width(m.group(1)) : lead);
  }

  /** {@link #wrap(String, int)} with continuation lines indented by {@code hanging} columns. */
  public static java.util.List<String> wrap(String raw, int columns, int indentColumns) {
    // Every line the session shows passes here: a template's or a saved profile's text shows
    // its controls as stand-ins, measured as the terminal will show them.
    String text = TerminalText.clean(raw);
    if (columns <= 0 || width(text) <= columns) {
      return java.util.List.of(text);
    }
    int lead = 0;
    while (lead < text.length() && text.charAt(lead) == ' ') {
      lead++;
    }
    int hanging = Math.min(indentColumns, columns / 2);
    String indent = " ".repeat(hanging);
    java.util.List<String> out = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder(text.substring(0, lead));
    boolean empty = true;
    // Each word comes with the spaces before it, so padding inside a line (a review's aligned
    // column) survives; a word that starts a new line leaves its spaces behind.
    java.util.regex.Matcher words = WORD.matcher(text.substring(lead));
    while (words.find()) {
      String gap = words.group(1);
      String word = words.group(2);
      String candidate = empty ? line + word : line + gap + word;
      if (width(candidate) <= columns) {
        line = new StringBuilder(candidate);
        empty = false;
        continue;
      }
      if (!empty) {
        out.add(line.toString());
        line = new StringBuilder(indent);
      }
      // A word wider than a whole line is cut at the edge.
      String rest = word;
      while (width(line + rest) > columns) {
        int room = columns - width(line.toString());
        int cut = 0;
        int used = 0;
        while (cut < rest.length()) {
          int cp = rest.codePointAt(cut);
          int w = Math.max(0, WCWidth.wcwidth(cp));
          if (used + w > room) {
            break;
          }
          used += w;
          cut += Character.charCount(cp);
        }
        if (cut == 0) {
          break;
        }
        out.add(line + rest.substring(0, cut));
        line = new StringBuilder(indent);
        rest = rest.substring(cut);
      }
      line.append(rest);
      empty = false;
    }
    out.add(line.toString());
    return out;
  }
}
