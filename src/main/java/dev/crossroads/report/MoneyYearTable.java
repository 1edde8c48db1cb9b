package dev.crossroads.report;

import dev.crossroads.DisplayWidth;

import dev.crossroads.Messages;
import dev.crossroads.money.OptionMoney;
import dev.crossroads.money.YearRow;
import java.util.ArrayList;
import java.util.List;

/**
 * One option's years as a table: the year (starred while studying), then net cash flow,
 * cumulative and discounted cumulative, first in the conservative case and then in the
 * optimistic one. Side by side when that fits the width, else one case under the other.
 */
final class MoneyYearTable {
  private static final String INDENT = "  ";
  private static final int GAP = 2;

  private final Messages messages;
  private final TextStyle style;
  private final MoneyAmounts amounts;

  MoneyYearTable(Messages messages, TextStyle style, MoneyAmounts amounts) {
    this.messages = messages;
    this.style = style;
    this.amounts = amounts;
  }

  List<String> lines(OptionMoney option) {
    List<YearRow> conservative = option.conservative().rows();
    List<YearRow> optimistic = option.optimistic().rows();
    List<String> years = new ArrayList<>();
    for (YearRow row : conservative) {
      years.add(row.year() + (row.studyShare() > 0 ? "*" : " "));
    }
    String[] headers = {
      messages.get("money.report.col.net"),
      messages.get("money.report.col.cumulative"),
      messages.get("money.report.col.discounted")
    };
    String[][] cons = cells(conservative);
    String[][] opt = cells(optimistic);
    int yearWidth = Math.max(DisplayWidth.of(messages.get("money.report.col.year")),
        years.stream().mapToInt(DisplayWidth::of).max().orElse(1));
    int[] widths = new int[3];
    for (int c = 0; c < 3; c++) {
      widths[c] = DisplayWidth.of(headers[c]);
      for (int r = 0; r < years.size(); r++) {
        widths[c] = Math.max(widths[c], Math.max(DisplayWidth.of(cons[r][c]), DisplayWidth.of(opt[r][c])));
      }
    }
    int caseWidth = widths[0] + widths[1] + widths[2] + 2 * GAP;
    int sideBySide = INDENT.length() + yearWidth + 2 * (GAP + caseWidth);
    List<String> out = new ArrayList<>();
    if (sideBySide <= style.width()) {
      out.add(INDENT + " ".repeat(yearWidth + GAP)
          + span(messages.get("money.report.conservative"), caseWidth)
          + " ".repeat(GAP) + span(messages.get("money.report.optimistic"), caseWidth));
      out.add(stripTrailing(INDENT + DisplayWidth.padLeft(messages.get("money.report.col.year"), yearWidth)
          + row(headers, widths) + row(headers, widths)));
      for (int r = 0; r < years.size(); r++) {
        out.add(INDENT + DisplayWidth.padLeft(years.get(r), yearWidth) + row(cons[r], widths) + row(opt[r], widths));
      }
      return out;
    }
    for (String caseKey : new String[] {"money.report.conservative", "money.report.optimistic"}) {
      String[][] cells = caseKey.endsWith("conservative") ? cons : opt;
      out.add(INDENT + " ".repeat(yearWidth + GAP) + span(messages.get(caseKey), caseWidth));
      out.add(stripTrailing(INDENT + DisplayWidth.padLeft(messages.get("money.report.col.year"), yearWidth)
          + row(headers, widths)));
      for (int r = 0; r < years.size(); r++) {
        out.add(INDENT + DisplayWidth.padLeft(years.get(r), yearWidth) + row(cells[r], widths));
      }
    }
    return out;
  }

  private String[][] cells(List<YearRow> rows) {
    String[][] cells = new String[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      YearRow row = rows.get(r);
      cells[r] = new String[] {
        amounts.format(row.netCashFlow()),
        amounts.format(row.cumulative()),
        amounts.format(row.discountedCumulative())
      };
    }
    return cells;
  }

  private static String row(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      line.append(" ".repeat(GAP)).append(DisplayWidth.padLeft(cells[c], widths[c]));
    }
    return line.toString();
  }

  /** A case's name followed by a rule over the columns it heads. */
  private String span(String name, int width) {
    String text = DisplayWidth.truncate(name, width, "..");
    int rest = width - DisplayWidth.of(text) - 1;
    return rest > 0 ? text + " " + style.drawn("─".repeat(rest)) : text;
  }

  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }
}
