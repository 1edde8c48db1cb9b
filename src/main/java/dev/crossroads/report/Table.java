package dev.crossroads.report;

import dev.crossroads.DisplayWidth;

import dev.crossroads.TerminalText;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table aligned by display width. When it does not fit, the widest text columns
 * are narrowed a column at a time and their text cut with an ellipsis, or, for a table made
 * {@link #wrapping()}, wrapped onto more lines; numbers are never cut. Cells are cleaned of
 * terminal controls, and their line breaks and tabs made spaces ({@link TerminalText#line}), as
 * they come in: listings put labels and titles from shared files straight into tables, columns
 * must be measured on what the terminal will show, and a cell is one line.
 */
public final class Table {
  public enum Align {
    LEFT,
    RIGHT
  }

  /** Text columns are never narrowed below this. */
  private static final int MIN_TEXT = 8;

  private final List<Align> aligns;
  private final List<List<String>> rows = new ArrayList<>();
  private List<String> header = List.of();
  private boolean wrap;

  public Table(List<Align> aligns) {
    this.aligns = List.copyOf(aligns);
  }

  public Table header(List<String> cells) {
    header = TerminalText.lines(cells);
    return this;
  }

  /** Text that does not fit wraps onto continuation lines instead of being cut. */
  public Table wrapping() {
    wrap = true;
    return this;
  }

  public Table row(List<String> cells) {
    if (cells.size() != aligns.size()) {
      throw new IllegalArgumentException("row has " + cells.size() + " cells for " + aligns.size() + " columns");
    }
    rows.add(TerminalText.lines(cells));
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
    // Take columns from the widest text column first, so no one column is cut to nothing. A
    // wrapping table first keeps each column as wide as its longest word (up to a third of the
    // line), so words wrap whole; only if that cannot fit are words cut too.
    int[] floor = new int[n];
    for (int c = 0; c < n; c++) {
      floor[c] = MIN_TEXT;
      if (wrap) {
        for (List<String> row : all) {
          for (String word : row.get(c).split(" ")) {
            floor[c] = Math.max(floor[c], Math.min(DisplayWidth.of(word), width / 3));
          }
        }
      }
    }
    total = shrink(widths, total, width, floor);
    total = shrink(widths, total, width, new int[n]);
    List<String> lines = new ArrayList<>();
    for (List<String> row : all) {
      List<List<String>> cells = new ArrayList<>();
      int height = 1;
      for (int c = 0; c < n; c++) {
        List<String> parts =
            wrap && aligns.get(c) == Align.LEFT && DisplayWidth.of(row.get(c)) > widths[c]
                ? Wrap.lines(breakLongWords(row.get(c), widths[c]), widths[c], "", "")
                : List.of(DisplayWidth.truncate(row.get(c), widths[c], ".."));
        cells.add(parts);
        height = Math.max(height, parts.size());
      }
      for (int k = 0; k < height; k++) {
        StringBuilder line = new StringBuilder(indent);
        for (int c = 0; c < n; c++) {
          String cell = k < cells.get(c).size() ? cells.get(c).get(k) : "";
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
    }
    return lines;
  }

  /** Narrows the widest text columns, one column at a time, down to their floors. */
  private int shrink(int[] widths, int total, int width, int[] floor) {
    while (total > width) {
      int widest = -1;
      for (int c = 0; c < widths.length; c++) {
        if (aligns.get(c) == Align.LEFT
            && widths[c] > Math.max(MIN_TEXT, floor[c])
            && (widest < 0 || widths[c] > widths[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        break;
      }
      widths[widest]--;
      total--;
    }
    return total;
  }

  /**
   * Splits words wider than the column into pieces that fit, so a wrapping table shows a long
   * number or identifier whole, over several lines, instead of cutting it. A piece ends after a
   * separator ({@code .,-/}) where it can, so "40,000,000..52,000,000" breaks after the "..".
   */
  private static String breakLongWords(String text, int width) {
    List<String> words = new ArrayList<>();
    for (String word : text.split(" ", -1)) {
      String rest = word;
      while (DisplayWidth.of(rest) > width) {
        int cut = 0;
        int lastSeparator = -1;
        int lastComma = -1;
        int used = 0;
        while (cut < rest.length()) {
          int cp = rest.codePointAt(cut);
          int w = Math.max(0, org.jline.utils.WCWidth.wcwidth(cp));
          if (used + w > width) {
            break;
          }
          used += w;
          cut += Character.charCount(cp);
          boolean followedBySeparator = cut < rest.length() && ".,-/".indexOf(rest.charAt(cut)) >= 0;
          if (".-/".indexOf(cp) >= 0 && !followedBySeparator) {
            lastSeparator = cut;
          } else if (cp == ',' && !followedBySeparator) {
            lastComma = cut;
          }
        }
        // A range breaks best between its ends, a number between its groups.
        int at =
            lastSeparator > 0
                ? lastSeparator
                : lastComma > 0 ? lastComma : Math.max(cut, Character.charCount(rest.codePointAt(0)));
        words.add(rest.substring(0, at));
        rest = rest.substring(at);
      }
      words.add(rest);
    }
    return String.join(" ", words);
  }

  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }
}
