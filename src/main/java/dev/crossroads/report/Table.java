package dev.crossroads.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table aligned by display width. When it does not fit, the widest text columns
 * are cut with an ellipsis, a column at a time; numbers are never cut.
 */
public final class Table {
  public enum Align {
    LEFT,
    RIGHT
  }

  private final List<Align> aligns;
  private final List<List<String>> rows = new ArrayList<>();
  private List<String> header = List.of();

  public Table(List<Align> aligns) {
    this.aligns = List.copyOf(aligns);
  }

  public Table header(List<String> cells) {
    header = List.copyOf(cells);
    return this;
  }

  public Table row(List<String> cells) {
    if (cells.size() != aligns.size()) {
      throw new IllegalArgumentException("row has " + cells.size() + " cells for " + aligns.size() + " columns");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /** The table's lines, each at most {@code width} columns wide, separated by two spaces. */
  public List<String> render(int width, String indent) {
    int n = aligns.size();
    int[] widths = new int[n];
    List<List<String>> all = new ArrayList<>();
    if (!header.isEmpty()) {
      all.add(header);
    }
    all.addAll(rows);
    for (List<String> row : all) {
      for (int c = 0; c < n; c++) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
      }
    }
    int gap = 2;
    int total = DisplayWidth.of(indent) + gap * (n - 1);
    for (int w : widths) {
      total += w;
    }
    // Take columns from the widest text column first, so no one column is cut to nothing.
    while (total > width) {
      int widest = -1;
      for (int c = 0; c < n; c++) {
        if (aligns.get(c) == Align.LEFT && widths[c] > 8 && (widest < 0 || widths[c] > widths[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        break;
      }
      widths[widest]--;
      total--;
    }
    List<String> lines = new ArrayList<>();
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < n; c++) {
        String cell = DisplayWidth.truncate(row.get(c), widths[c], "..");
        boolean last = c == n - 1;
        if (aligns.get(c) == Align.RIGHT) {
          line.append(DisplayWidth.padLeft(cell, widths[c]));
        } else {
          line.append(last ? cell : DisplayWidth.padRight(cell, widths[c]));
        }
        if (!last) {
          line.append(" ".repeat(gap));
        }
      }
      lines.add(stripTrailing(line.toString()));
    }
    return lines;
  }

  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }
}
