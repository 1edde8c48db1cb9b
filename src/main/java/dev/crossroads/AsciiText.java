package dev.crossroads;

import java.util.Map;

/**
 * crossroads' own typography in plain ASCII, for {@code --ascii} and {@code TERM=dumb}: dashes,
 * quotes, the ellipsis, arrows, bullets and the middle dot, and box-drawing and block characters.
 * These are what a dumb terminal, a braille display or a screen reader gets wrong (drawn two
 * columns wide, read out by their Unicode names, or not at all). Letters are never touched, so
 * Korean stays Korean, and this is applied only to crossroads' text, never to what a person typed.
 */
public final class AsciiText {
  private AsciiText() {}

  private static final Map<Integer, String> PLAIN = Map.ofEntries(
      Map.entry(0x00A0, " "), // no-break space
      Map.entry(0x202F, " "), // narrow no-break space
      Map.entry(0x2009, " "), // thin space
      Map.entry(0x2010, "-"), // hyphen
      Map.entry(0x2011, "-"), // non-breaking hyphen
      Map.entry(0x2012, "-"), // figure dash
      Map.entry(0x2013, "-"), // en dash
      Map.entry(0x2014, "-"), // em dash
      Map.entry(0x2015, "-"), // horizontal bar
      Map.entry(0x2212, "-"), // minus sign
      Map.entry(0x2018, "'"),
      Map.entry(0x2019, "'"),
      Map.entry(0x201A, "'"),
      Map.entry(0x201C, "\""),
      Map.entry(0x201D, "\""),
      Map.entry(0x201E, "\""),
      Map.entry(0x00AB, "<<"),
      Map.entry(0x00BB, ">>"),
      Map.entry(0x2039, "<"),
      Map.entry(0x203A, ">"),
      Map.entry(0x2026, "..."),
      Map.entry(0x00B1, "+-"),
      Map.entry(0x00D7, "x"),
      Map.entry(0x2022, "*"), // bullet
      Map.entry(0x2190, "<-"),
      Map.entry(0x2192, "->"),
      Map.entry(0x2248, "~"),
      Map.entry(0x2260, "!="),
      Map.entry(0x2264, "<="),
      Map.entry(0x2265, ">="),
      Map.entry(0xFF5E, "~"), // fullwidth tilde, common in Korean ranges
      Map.entry(0x2713, "v"), // check mark
      Map.entry(0x2717, "x")); // ballot x

  /**
   * {@code text} with crossroads' typography in ASCII. A middle dot between spaced words (a
   * separator, "Money · salary") becomes a hyphen; one joining two words ("인건비·장학금")
   * becomes a slash.
   */
  public static String of(String text) {
    if (text.chars().allMatch(c -> c < 0x80)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80) {
        out.appendCodePoint(c);
      } else if (c == 0x00B7 || c == 0x30FB) {
        boolean spaced = out.length() > 0 && out.charAt(out.length() - 1) == ' ';
        out.append(spaced ? "-" : "/");
      } else if (c >= 0x2500 && c <= 0x257F) {
        out.append(boxPart(c));
      } else if (c >= 0x2580 && c <= 0x259F) {
        out.append('#');
      } else {
        out.append(PLAIN.getOrDefault(c, Character.toString(c)));
      }
    }
    return out.toString();
  }

  /** A box-drawing character as the ASCII that draws the same line: - across, | down, + else. */
  private static char boxPart(int c) {
    return switch (c) {
      case 0x2500, 0x2501, 0x2550, 0x254C, 0x254D, 0x2504, 0x2505, 0x2508, 0x2509 -> '-';
      case 0x2502, 0x2503, 0x2551, 0x254E, 0x254F, 0x2506, 0x2507, 0x250A, 0x250B -> '|';
      default -> '+';
    };
  }
}
