package dev.crossroads.report;

/**
 * How text output may look on this terminal: its width, whether colour is allowed (off under
 * NO_COLOR and when output is not a terminal) and whether to avoid box-drawing and block
 * characters, which are ambiguous-width on many CJK terminals.
 */
public record TextStyle(int width, boolean color, boolean ascii) {
  public static final int MIN_WIDTH = 40;
  public static final int MAX_WIDTH = 120;

  public TextStyle {
    width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
  }

  public static TextStyle plain(int width) {
    return new TextStyle(width, false, false);
  }

  public String rule() {
    return (ascii ? "-" : "─").repeat(width);
  }

  public String fullBlock() {
    return ascii ? "#" : "█";
  }
}
