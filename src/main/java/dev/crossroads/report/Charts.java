package dev.crossroads.report;

import dev.crossroads.DisplayWidth;
import dev.crossroads.report.TextStyle.Colour;
import java.util.ArrayList;
import java.util.List;

/**
 * Terminal charts made of characters: stacked bars that split a score by criterion, and the
 * range bars of the weight-sensitivity (tornado) chart. Each criterion gets its own character,
 * with colour or without, so no part of a chart is told from another by colour alone: the charts
 * read the same on paper, in a pipe and to a person who does not see the colours.
 */
final class Charts {
  private static final String[] BLOCKS = {"█", "▓", "▒", "░", "#", "=", "+", ":"};
  private static final String[] ASCII = {"#", "=", "+", ":", "%", "o", "*", "~"};
  private static final Colour[] COLOURS = {
    Colour.BLUE,
    Colour.YELLOW,
    Colour.MAGENTA,
    Colour.CYAN,
    Colour.GREEN,
    Colour.RED,
    Colour.WHITE,
    Colour.BLUE
  };

  private final TextStyle style;

  Charts(TextStyle style) {
    this.style = style;
  }

  String glyph(int series) {
    String[] set = style.ascii() ? ASCII : BLOCKS;
    return set[series % set.length];
  }

  /** One stacked bar: {@code parts} are shares of a full bar {@code cells} wide. */
  String stacked(List<Double> parts, int cells) {
    StringBuilder out = new StringBuilder();
    double cumulative = 0;
    int drawn = 0;
    for (int k = 0; k < parts.size(); k++) {
      cumulative += Math.max(0, parts.get(k));
      // Round the running total, not each part, so the bar's length matches the whole score.
      int upTo = (int) Math.round(Math.min(1, cumulative) * cells);
      int n = upTo - drawn;
      if (n > 0) {
        out.append(paint(glyph(k).repeat(n), k));
        drawn = upTo;
      }
    }
    return out.toString();
  }

  /** The legend for the stacked bars, wrapped to the width. */
  List<String> legend(List<String> labels, int width, String indent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(indent);
    int used = DisplayWidth.of(indent);
    for (int k = 0; k < labels.size(); k++) {
      String item = glyph(k) + " " + labels.get(k);
      int w = DisplayWidth.of(item);
      if (used > DisplayWidth.of(indent) && used + 2 + w > width) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
        used = DisplayWidth.of(indent);
      }
      if (used > DisplayWidth.of(indent)) {
        line.append("  ");
        used += 2;
      }
      String glyph = paint(glyph(k), k);
      line.append(glyph).append(' ').append(DisplayWidth.truncate(labels.get(k), width - used - 2, ".."));
      used += w;
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * A 0..100% axis {@code cells} wide with [low, high] filled and the current weight marked;
   * this is one row of the tornado chart.
   */
  String range(double low, double high, double current, int cells) {
    String inside = style.ascii() ? "=" : "█";
    String outside = style.ascii() ? "." : "░";
    int mark = Math.min(cells - 1, (int) Math.floor(current * cells));
    StringBuilder out = new StringBuilder();
    for (int c = 0; c < cells; c++) {
      double mid = (c + 0.5) / cells;
      if (c == mark) {
        out.append("|");
      } else if (mid >= low && mid <= high) {
        out.append(inside);
      } else {
        out.append(outside);
      }
    }
    return out.toString();
  }

  private String paint(String text, int series) {
    return style.colour(text, COLOURS[series % COLOURS.length]);
  }
}
