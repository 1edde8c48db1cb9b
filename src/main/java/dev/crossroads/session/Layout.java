package dev.crossroads.session;

import org.jline.utils.WCWidth;

/** Lines laid out by display width, so Hangul (two columns a letter) lines up with Latin text. */
final class Layout {
  private Layout() {}

  static int width(String text) {
    int w = 0;
    for (int cp : text.codePoints().toArray()) {
      w += Math.max(0, WCWidth.wcwidth(cp));
    }
    return w;
  }

  /** {@code text} followed by spaces up to {@code columns} display columns. */
  static String pad(String text, int columns) {
    int w = width(text);
    return w >= columns ? text : text + " ".repeat(columns - w);
  }

  static String padLeft(String text, int columns) {
    int w = width(text);
    return w >= columns ? text : " ".repeat(columns - w) + text;
  }

  /** "  2. text", with the numbers right-aligned to the widest. */
  static String numbered(int n, int count, String text) {
    return "  " + padLeft(Integer.toString(n), Integer.toString(count).length()) + ". " + text;
  }
}
