package dev.crossroads.report;

import dev.crossroads.DisplayWidth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Lays a {@link DecisionSheet} out for a terminal, every line at most {@code style.width()}
 * columns by display width. The grid has a row per criterion and a column per option; when the
 * options do not fit side by side it is split into several grids of a few options each, every
 * one with the criteria down its side.
 */
public final class TextDecisionSheet {
  private static final String INDENT = "  ";
  /** The criteria column and each option column get at least this many columns. */
  private static final int MIN_CRITERION = 16;

  private static final int MIN_OPTION = 18;
  private static final int GAP = 2;

  private final TextStyle style;

  public TextDecisionSheet(TextStyle style) {
    this.style = style;
  }

  public String render(DecisionSheet sheet) {
    return String.join("\n", lines(sheet)) + "\n";
  }

  public List<String> lines(DecisionSheet sheet) {
    int width = style.width();
    List<String> out = new ArrayList<>();
    List<String> title = Wrap.lines(sheet.heading(), width, "", "");
    out.addAll(style.color() ? title.stream().map(TextDecisionSheet::bold).toList() : title);
    out.add(
        (style.ascii() ? "=" : "─")
            .repeat(Math.min(width, Math.max(DisplayWidth.of(sheet.heading()), 20))));
    grid(out, sheet.grid());
    weights(out, sheet.weights());
    if (!sheet.gates().isEmpty()) {
      heading(out, sheet.gates().heading());
      for (String item : sheet.gates().items()) {
        out.addAll(Wrap.lines(item, width, INDENT + "- ", INDENT + "  "));
      }
    }
    if (!sheet.gutRanking().isEmpty()) {
      heading(out, sheet.gutRanking().heading());
      List<String> labels = sheet.gutRanking().labels();
      for (int i = 0; i < labels.size(); i++) {
        String number = (i + 1) + ". ";
        out.addAll(Wrap.lines(labels.get(i), width, INDENT + number, INDENT + " ".repeat(number.length())));
      }
    }
    table(out, sheet.dates());
    prose(out, sheet.reflections());
    prose(out, sheet.plan());
    table(out, sheet.nextSteps());
    prose(out, sheet.journal());
    return out;
  }

  /** Short pairs side by side: a date and its name. */
  private void table(List<String> out, DecisionSheet.Pairs pairs) {
    if (pairs.isEmpty()) {
      return;
    }
    heading(out, pairs.heading());
    Table table = new Table(List.of(Table.Align.LEFT, Table.Align.LEFT)).wrapping();
    pairs.items().forEach(p -> table.row(List.of(p.label(), p.text())));
    out.addAll(table.render(style.width(), INDENT));
  }

  /** Each label on its line, its text under it, paragraph by paragraph: a prompt and its answer. */
  private void prose(List<String> out, DecisionSheet.Pairs pairs) {
    if (pairs.isEmpty()) {
      return;
    }
    int width = style.width();
    heading(out, pairs.heading());
    boolean first = true;
    for (DecisionSheet.Pair pair : pairs.items()) {
      if (!first) {
        out.add("");
      }
      first = false;
      List<String> prompt = Wrap.lines(pair.label(), width, INDENT, INDENT);
      out.addAll(style.color() ? prompt.stream().map(TextDecisionSheet::bold).toList() : prompt);
      for (String paragraph : pair.text().split("\\R")) {
        if (!paragraph.isBlank()) {
          out.addAll(Wrap.lines(paragraph.strip(), width, INDENT + "  ", INDENT + "  "));
        }
      }
    }
  }

  private void grid(List<String> out, DecisionSheet.Grid grid) {
    if (grid.rows().isEmpty() || grid.options().isEmpty()) {
      return;
    }
    heading(out, grid.heading());
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
        out.add("");
      }
      out.addAll(part(grid, from, to, width));
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

  private void weights(List<String> out, DecisionSheet.WeightTable weights) {
    if (weights.rows().isEmpty()) {
      return;
    }
    int width = style.width();
    heading(out, weights.heading());
    out.addAll(Wrap.lines(weights.method(), width, INDENT, INDENT));
    Table table =
        new Table(List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.LEFT, Table.Align.LEFT))
            .wrapping()
            .header(weights.header());
    for (DecisionSheet.WeightRow row : weights.rows()) {
      table.row(List.of(row.criterion(), row.weight(), row.scale(), row.better()));
    }
    out.addAll(table.render(width, INDENT));
  }

  private void heading(List<String> out, String text) {
    out.add("");
    out.add(style.color() ? bold(text) : text);
  }

  private static String bold(String text) {
    return new AttributedString(text, AttributedStyle.BOLD).toAnsi();
  }
}
