package dev.crossroads;

import org.jline.utils.WCWidth;

/**
 * Terminal column arithmetic: Hangul and other wide characters take two columns, combining marks
 * none. Every alignment in the text renderer goes through here.
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  public static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = WCWidth.wcwidth(cp);
      width += Math.max(w, 0);
      i += Character.charCount(cp);
    }
    return width;
  }

  public static String padRight(String text, int width) {
    int pad = width - of(text);
    return pad <= 0 ? text : text + " ".repeat(pad);
  }

  public static String padLeft(String text, int width) {
    int pad = width - of(text);
    return pad <= 0 ? text : " ".repeat(pad) + text;
  }

  /** Cuts text to at most {@code width} columns, ending with an ellipsis when it had to cut. */
  public static String truncate(String text, int width, String ellipsis) {
    if (of(text) <= width) {
      return text;
    }
    int room = width - of(ellipsis);
    StringBuilder sb = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = Math.max(WCWidth.wcwidth(cp), 0);
      if (used + w > room) {
        break;
      }
      sb.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return sb + ellipsis;
  }
}
