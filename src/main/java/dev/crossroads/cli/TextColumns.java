package dev.crossroads.cli;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;

/** Left-aligned columns padded by display width, so Hangul (two columns each) lines up. */
final class TextColumns {
  private TextColumns() {}

  static List<String> layout(List<List<String>> rows) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        line.append(cell);
        if (c < row.size() - 1) {
          line.append(" ".repeat(widths[c] - width(cell) + 2));
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  static int width(String text) {
    return new AttributedString(text).columnLength();
  }
}
