package dev.crossroads.report;

import dev.crossroads.TerminalText;

/**
 * Text made inert in HTML, for element content and for quoted attribute values alike: the five
 * characters that can end a text or an attribute become entities. Terminal controls are cleaned
 * first ({@link TerminalText}): a browser may drop a control where a reader should see that
 * something was there, bidirectional overrides reorder a line on a page just as in a terminal, and
 * the file may be shown with {@code cat} as well.
 */
public final class HtmlText {
  private HtmlText() {}

  public static String escape(String text) {
    String clean = TerminalText.clean(text);
    StringBuilder out = new StringBuilder(clean.length() + 16);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
