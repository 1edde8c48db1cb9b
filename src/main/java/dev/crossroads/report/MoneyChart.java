package dev.crossroads.report;

import dev.crossroads.DisplayWidth;

import dev.crossroads.money.OptionMoney;
import dev.crossroads.money.YearRow;
import dev.crossroads.report.TextStyle.Colour;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A terminal chart of cumulative net income per option over the years. Each shown year has one
 * column per option, and each option's column is filled from its conservative to its optimistic
 * cumulative, so the band and any crossing are visible at a glance. Options are drawn with the
 * letters A, B, C... (listed in a legend), which read the same on every terminal; {@code --ascii}
 * only swaps the axis lines. Every line fits the style's width.
 */
public final class MoneyChart {
  static final int HEIGHT = 12;
  private static final String INDENT = "  ";
  private static final Colour[] COLOURS = {
    Colour.CYAN, Colour.MAGENTA, Colour.YELLOW, Colour.GREEN, Colour.BLUE, Colour.RED
  };

  private final TextStyle style;
  private final MoneyAmounts amounts;

  public MoneyChart(TextStyle style, MoneyAmounts amounts) {
    this.style = style;
    this.amounts = amounts;
  }

  /** The letter an option is drawn with: A for the first, B for the second, and so on. */
  public static char letter(int index) {
    return (char) ('A' + index % 26);
  }

  /** The chart lines, without the legend. */
  public List<String> lines(List<OptionMoney> options) {
    int horizon = options.get(0).conservative().rows().size();
    double low = 0;
    double high = 0;
    for (OptionMoney option : options) {
      for (int i = 0; i < horizon; i++) {
        low = Math.min(low, Math.min(cumulative(option, i, false), cumulative(option, i, true)));
        high = Math.max(high, Math.max(cumulative(option, i, false), cumulative(option, i, true)));
      }
    }
    if (high == low) {
      high = low + 1;
    }
    TreeMap<Integer, String> labels = axisLabels(low, high);
    int labelWidth = labels.values().stream().mapToInt(DisplayWidth::of).max().orElse(1);
    int slot = Math.max(2, options.size() + 1);
    int room = style.width() - INDENT.length() - labelWidth - 2;
    List<Integer> years = shownYears(horizon, slot, room);

    char[][] grid = new char[HEIGHT][years.size() * slot];
    for (char[] row : grid) {
      Arrays.fill(row, ' ');
    }
    int zero = row(0, low, high);
    if (low < 0) {
      Arrays.fill(grid[zero], '─');
    }
    for (int j = 0; j < years.size(); j++) {
      int i = years.get(j) - 1;
      for (int o = 0; o < options.size(); o++) {
        double a = cumulative(options.get(o), i, false);
        double b = cumulative(options.get(o), i, true);
        int top = row(Math.max(a, b), low, high);
        int bottom = row(Math.min(a, b), low, high);
        for (int r = top; r <= bottom; r++) {
          grid[r][j * slot + o] = letter(o);
        }
      }
    }

    List<String> out = new ArrayList<>();
    for (int r = 0; r < HEIGHT; r++) {
      String label = labels.getOrDefault(r, "");
      String axis = labels.containsKey(r) ? "┤" : "│";
      out.add(style.drawn(stripTrailing(INDENT + DisplayWidth.padLeft(label, labelWidth) + " "
          + axis + colour(new String(grid[r])))));
    }
    out.add(style.drawn(INDENT + " ".repeat(labelWidth + 1) + "└"
        + "─".repeat(grid[0].length)));
    out.add(stripTrailing(INDENT + " ".repeat(labelWidth + 2) + yearLine(years, slot)));
    return out;
  }

  private static double cumulative(OptionMoney option, int index, boolean optimistic) {
    List<YearRow> rows = (optimistic ? option.optimistic() : option.conservative()).rows();
    return rows.get(index).cumulative();
  }

  private static int row(double value, double low, double high) {
    return (int) Math.round((high - value) / (high - low) * (HEIGHT - 1));
  }

  /** Labels for the top, the bottom, zero and the quarters, never two on neighbouring rows. */
  private TreeMap<Integer, String> axisLabels(double low, double high) {
    TreeMap<Integer, String> labels = new TreeMap<>();
    List<Integer> rows = new ArrayList<>(List.of(0, HEIGHT - 1));
    if (low < 0) {
      rows.add(row(0, low, high));
    }
    for (int quarter = 1; quarter < 4; quarter++) {
      rows.add(Math.round(quarter * (HEIGHT - 1) / 4f));
    }
    for (int r : rows) {
      boolean crowded = labels.keySet().stream().anyMatch(k -> Math.abs(k - r) < 2);
      if (!crowded) {
        labels.put(r, amounts.format(high - r * (high - low) / (HEIGHT - 1)));
      }
    }
    return labels;
  }

  /** Every year if they fit, else every k-th year, always ending with the last one. */
  static List<Integer> shownYears(int horizon, int slot, int room) {
    for (int step = 1; ; step++) {
      List<Integer> years = new ArrayList<>();
      for (int t = step; t <= horizon; t += step) {
        years.add(t);
      }
      if (years.isEmpty() || years.get(years.size() - 1) != horizon) {
        years.add(horizon);
      }
      if (years.size() * slot <= room || years.size() == 1) {
        return years;
      }
    }
  }

  private static String yearLine(List<Integer> years, int slot) {
    StringBuilder line = new StringBuilder();
    for (int j = 0; j < years.size(); j++) {
      String label = String.valueOf(years.get(j));
      int at = j * slot;
      if (at >= line.length() + (line.length() == 0 ? 0 : 1)) {
        line.append(" ".repeat(at - line.length())).append(label);
      }
    }
    return line.toString();
  }

  /** The chart's cells with each option's letter in its colour. */
  private String colour(String cells) {
    return style.colourEach(
        cells, c -> c >= 'A' && c <= 'Z' ? Optional.of(letterColour(c)) : Optional.empty());
  }

  private static Colour letterColour(int letter) {
    return COLOURS[(letter - 'A') % COLOURS.length];
  }

  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }
}
