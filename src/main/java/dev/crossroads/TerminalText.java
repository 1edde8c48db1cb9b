package dev.crossroads;

import java.util.List;
import java.util.OptionalInt;

/**
 * Text from a file or a keyboard made safe to show on a terminal. Profiles and templates are
 * shared, so a label may carry bytes a terminal obeys instead of showing: {@code ESC ] 0;x BEL}
 * renames the window, {@code ESC [2J} clears the screen, {@code \r} and {@code \b} overwrite what
 * is already there, and bidirectional overrides show "txt.exe" for "exe.txt". {@link #clean}
 * replaces every such character with a visible stand-in; nothing else changes, so Korean and all
 * other ordinary text (emoji joiners included) is left exactly as written.
 *
 * <p>What counts as a control ({@link #isControl}): C0 (U+0000 to U+001F) except newline and tab,
 * which text legitimately uses for its own lines; DEL (U+007F); C1 (U+0080 to U+009F, which some
 * terminals obey as ESC sequences: U+009B is a CSI); the bidirectional embeddings, overrides and
 * isolates (U+202A to U+202E, U+2066 to U+2069); and the marks that reorder what is around them
 * (U+200E, U+200F, U+061C).
 *
 * <p>The stand-ins: a C0 control or DEL becomes its Unicode control picture (ESC shows as ␛, CR as
 * ␍, DEL as ␡). A picture is one character of neutral East Asian width, so it takes exactly the
 * one column on every terminal, CJK ones included, and tables measured on cleaned text stay
 * aligned; it also says at a glance which control was there. C1 controls and the bidirectional
 * marks have no pictures, so they become their code point in ASCII, {@code <U+202E>}: plain
 * characters, one column each everywhere, and the name a reader can look up.
 *
 * <p>Where it is applied, so that a terminal never sees a raw control from a file: message
 * arguments ({@link Messages}), the report model's text, every table and wrapped paragraph the
 * text renderers lay out, the Markdown and HTML escapers, and the error printer. Cleaning comes
 * before any colour is added, so the renderers' own colour sequences are the only escapes left.
 */
public final class TerminalText {
  private TerminalText() {}

  /** {@code text} with every control replaced by its stand-in; the same string when it has none. */
  public static String clean(String text) {
    OptionalInt first = firstControl(text);
    if (first.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    out.append(text, 0, first.getAsInt());
    for (int i = first.getAsInt(); i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isControl(cp)) {
        out.append(standIn(cp));
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * {@code text} cleaned, with its line breaks and tabs as spaces: for a table cell, a list entry
   * or a paragraph about to be wrapped. There a break would start a line the layout never measured,
   * without its indent, and could pass for a row of a listing; a tab's width is the terminal's to
   * choose.
   */
  public static String line(String text) {
    String clean = clean(text);
    for (int i = 0; i < clean.length(); i++) {
      if (isBreak(clean.charAt(i))) {
        StringBuilder out = new StringBuilder(clean);
        for (int j = i; j < out.length(); j++) {
          if (isBreak(out.charAt(j))) {
            out.setCharAt(j, ' ');
          }
        }
        return out.toString();
      }
    }
    return clean;
  }

  /** Each of {@code texts} as {@link #line} shows it, as an unmodifiable list. */
  public static List<String> lines(List<String> texts) {
    return texts.stream().map(TerminalText::line).toList();
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\t' || c == '\u2028' || c == '\u2029';
  }

  /** Each of {@code texts} cleaned, as an unmodifiable list. */
  public static List<String> clean(List<String> texts) {
    return texts.stream().map(TerminalText::clean).toList();
  }

  /** The index (in chars) of the first control in {@code text}, or empty when it has none. */
  public static OptionalInt firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      // Every control is in the Basic Multilingual Plane, so a surrogate is never one.
      if (isControl(text.charAt(i))) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** True for the code points {@link #clean} replaces; see the class comment for the list. */
  public static boolean isControl(int codePoint) {
    if (codePoint < 0x20) {
      return codePoint != '\n' && codePoint != '\t';
    }
    return (codePoint >= 0x7F && codePoint <= 0x9F)
        || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069)
        || codePoint == 0x200E
        || codePoint == 0x200F
        || codePoint == 0x061C;
  }

  /** What {@link #clean} shows instead of the control {@code codePoint}. */
  public static String standIn(int codePoint) {
    if (codePoint < 0x20) {
      return String.valueOf((char) (0x2400 + codePoint));
    }
    if (codePoint == 0x7F) {
      return "\u2421";
    }
    return String.format(java.util.Locale.ROOT, "<U+%04X>", codePoint);
  }
}
