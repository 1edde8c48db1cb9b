package dev.crossroads.report;

import dev.crossroads.DisplayWidth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lays a {@link DecisionSheet} out for a terminal, every line at most {@code style.width()}
 * columns by display width. The grid has a row per criterion and a column per option; when the
 * options do not fit side by side it is split into several grids of a few options each, every
 * one with the criteria down its side.
 */
public final class TextDecisionSheet {
  private static final String INDENT = TextPage.INDENT;
  /** The criteria column and each option column get at least this many columns. */
  private static final int MIN_CRITERION = 16;

  private static final int MIN_OPTION = 18;
  private static final int GAP = 2;

  private final TextStyle style;

  public TextDecisionSheet(TextStyle style) {
    this.style = style;
  }

  public String render(DecisionSheet sheet) {
    return TextPage.text(lines(sheet));
  }

  public List<String> lines(DecisionSheet sheet) {
    TextPage page = new TextPage(style);
    page.title(sheet.heading());
    page.rule(DisplayWidth.of(sheet.heading()));
    grid(page, sheet.grid());
    weights(page, sheet.weights());
    if (!sheet.gates().isEmpty()) {
      page.heading(sheet.gates().heading());
      page.bullets(sheet.gates().items());
    }
    if (!sheet.gutRanking().isEmpty()) {
      page.heading(sheet.gutRanking().heading());
      List<String> labels = sheet.gutRanking().items();
      for (int i = 0; i < labels.size(); i++) {
        String number = (i + 1) + ". ";
        page.addAll(page.wrap(labels.get(i), INDENT + number, INDENT + " ".repeat(number.length())));
      }
    }
    if (!sheet.dates().isEmpty()) {
      page.heading(sheet.dates().heading());
      Table dates = new Table(List.of(Table.Align.LEFT, Table.Align.LEFT)).wrapping();
      sheet.dates().items().forEach(p -> dates.row(List.of(p.label(), p.text())));
      page.addAll(dates.render(page.width(), INDENT));
    }
    if (!sheet.reflections().isEmpty()) {
      page.heading(sheet.reflections().heading());
      boolean first = true;
      for (DecisionSheet.Pair pair : sheet.reflections().items()) {
        if (!first) {
          page.add("");
        }
        first = false;
        page.wrap(pair.label(), INDENT, INDENT).forEach(line -> page.add(style.bold(line)));
        for (String paragraph : pair.text().split("\\R")) {
          if (!paragraph.isBlank()) {
            page.addAll(page.wrap(paragraph.strip(), INDENT + "  ", INDENT + "  "));
          }
        }
      }
    }
    return page.lines();
  }

  private void grid(TextPage page, DecisionSheet.Grid grid) {
    if (grid.rows().isEmpty() || grid.options().isEmpty()) {
      return;
    }
    page.heading(grid.heading());
    int width = style.width();
    int room = width - INDENT.length() - MIN_CRITERION;
    int perGrid = Math.max(1, room / (MIN_OPTION + GAP));
    int options = grid.options().size();
    int parts = (options + perGrid - 1) / perGrid;
    // Even parts read better than a full grid followed by one lonely column.
    int size = (options + parts - 1) / parts;
    for (int from = 0; from < options; from += size) {
      int to = Math.min(options, from + size);
      if (from > 0) {
        page.add("");
      }
      page.addAll(part(grid, from, to, width));
    }
  }

  /** The grid for options {@code from} (inclusive) to {@code to}, a blank line between rows that wrap. */
  private List<String> part(DecisionSheet.Grid grid, int from, int to, int width) {
    List<String> lines = table(grid, from, to, false).render(width, INDENT);
    int expected = grid.rows().size() + 1;
    if (lines.size() > expected) {
      lines = table(grid, from, to, true).render(width, INDENT);
    }
    return lines;
  }

  private static Table table(DecisionSheet.Grid grid, int from, int to, boolean spaced) {
    int columns = to - from + 1;
    Table table =
        new Table(Collections.nCopies(columns, Table.Align.LEFT)).wrapping();
    List<String> header = new ArrayList<>();
    header.add(grid.corner());
    header.addAll(grid.options().subList(from, to));
    table.header(header);
    List<String> blank = Collections.nCopies(columns, "");
    for (int r = 0; r < grid.rows().size(); r++) {
      if (spaced) {
        table.row(blank);
      }
      DecisionSheet.GridRow row = grid.rows().get(r);
      List<String> cells = new ArrayList<>();
      cells.add(row.criterion());
      cells.addAll(row.cells().subList(from, to));
      table.row(cells);
    }
    return table;
  }

  private void weights(TextPage page, DecisionSheet.WeightTable weights) {
    if (weights.rows().isEmpty()) {
      return;
    }
    page.heading(weights.heading());
    page.paragraph(weights.method());
    Table table =
        new Table(List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.LEFT, Table.Align.LEFT))
            .wrapping()
            .header(weights.header());
    for (DecisionSheet.WeightRow row : weights.rows()) {
      table.row(List.of(row.criterion(), row.weight(), row.scale(), row.better()));
    }
    page.addAll(table.render(page.width(), INDENT));
  }
}
