package dev.crossroads.report;

import dev.crossroads.DisplayWidth;
import dev.crossroads.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link Comparison} out for a terminal, every line within the style's width by display
 * width. When the scenarios do not fit beside each other, they are shown in groups, each next to
 * the base again.
 */
public final class TextComparison extends TextRenderer<Comparison> {
  private static final int GAP = 2;
  /** Scenario names longer than this are cut in the table header; their sections name them whole. */
  private static final int MAX_HEADER = 20;
  /** The option column keeps at least this much (or its longest label) before groups are split. */
  private static final int MIN_LABEL = 24;

  public TextComparison(Messages messages, TextStyle style) {
    super(messages, style);
  }

  @Override
  void layOut(TextPage page, Comparison c) {
    page.rule(TextPage.widest(page.title(messages.get("compare.s.title", c.title()))));
    page.add("");
    int width = page.width();

    boolean first = true;
    for (List<Integer> group : groups(c, width)) {
      if (!first) {
        page.add("");
      }
      page.table(table(c, group, width));
      first = false;
    }
    page.wrap(legend(messages, c), INDENT, INDENT).forEach(line -> page.add(style.dim(line)));

    for (Comparison.Change change : c.changes()) {
      page.heading(messages.get("compare.s.heading", change.scenario()));
      if (!change.description().isBlank()) {
        page.paragraph(change.description().strip());
      }
      page.bullets(change.lines());
    }

    page.heading(messages.get("compare.s.takeaways"));
    page.bullets(c.takeaways());
  }

  /** Column indexes per table: the base, then as many scenarios as fit beside it. */
  private List<List<Integer>> groups(Comparison c, int width) {
    int longest =
        c.rows().stream().mapToInt(r -> DisplayWidth.of(r.label())).max().orElse(0);
    int label =
        Math.max(DisplayWidth.of(messages.get("report.option")), Math.min(longest, MIN_LABEL));
    int base = DisplayWidth.of(INDENT) + label + GAP + columnWidth(c, 0);
    List<List<Integer>> groups = new ArrayList<>();
    List<Integer> current = new ArrayList<>(List.of(0));
    int used = base;
    for (int k = 1; k < c.columns().size(); k++) {
      int w = GAP + columnWidth(c, k);
      if (current.size() > 1 && used + w > width) {
        groups.add(current);
        current = new ArrayList<>(List.of(0));
        used = base;
      }
      current.add(k);
      used += w;
    }
    groups.add(current);
    return groups;
  }

  private int columnWidth(Comparison c, int column) {
    int w = DisplayWidth.of(header(c, column));
    for (Comparison.Row row : c.rows()) {
      w = Math.max(w, DisplayWidth.of(cell(row.cells().get(column))));
    }
    return w;
  }

  private List<String> table(Comparison c, List<Integer> group, int width) {
    List<Table.Align> aligns = new ArrayList<>();
    List<String> header = new ArrayList<>();
    aligns.add(Table.Align.LEFT);
    header.add(messages.get("report.option"));
    for (int k : group) {
      aligns.add(Table.Align.RIGHT);
      header.add(header(c, k));
    }
    Table table = new Table(aligns).header(header).wrapping();
    for (Comparison.Row row : c.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.label());
      for (int k : group) {
        cells.add(cell(row.cells().get(k)));
      }
      table.row(cells);
    }
    return table.render(width, INDENT);
  }

  private static String header(Comparison c, int column) {
    return DisplayWidth.truncate(c.columns().get(column).name(), MAX_HEADER, "..");
  }

  /** "*70.8 (1)": the marks go before the score so the numbers stay right-aligned. */
  static String cell(Comparison.Cell cell) {
    String mark =
        switch (cell.mark()) {
          case WINNER -> "*";
          case TIED -> "=";
          case NONE -> "";
        };
    return (cell.passesGates() ? "" : "!") + mark + Numbers.score(cell.score()) + " (" + cell.rank() + ")";
  }

  /** The key to the marks, naming ties and dealbreakers only when the table has them. */
  static String legend(Messages messages, Comparison c) {
    boolean tie = c.columns().stream().anyMatch(Comparison.Column::tie);
    boolean gates =
        c.rows().stream().flatMap(r -> r.cells().stream()).anyMatch(cell -> !cell.passesGates());
    return legend(messages, tie, gates);
  }

  /** The key to the marks of a ranking table, with a tie or a failed dealbreaker in it or not. */
  static String legend(Messages messages, boolean tie, boolean gates) {
    StringBuilder text = new StringBuilder(messages.get("compare.s.legend"));
    if (tie) {
      text.append(' ').append(messages.get("compare.s.legendTie"));
    }
    if (gates) {
      text.append(' ').append(messages.get("compare.s.legendGate"));
    }
    return text.toString();
  }
}
