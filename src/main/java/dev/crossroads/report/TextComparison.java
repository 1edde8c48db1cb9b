package dev.crossroads.report;

import dev.crossroads.DisplayWidth;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Lays a {@link Comparison} out for a terminal, every line within the style's width by display
 * width. When the scenarios do not fit beside each other, they are shown in groups, each next to
 * the base again.
 */
public final class TextComparison {
  private static final String INDENT = "  ";
  private static final int GAP = 2;
  /** Scenario names longer than this are cut in the table header; their sections name them whole. */
  private static final int MAX_HEADER = 20;
  /** The option column keeps at least this much (or its longest label) before groups are split. */
  private static final int MIN_LABEL = 24;

  private final Messages messages;
  private final TextStyle style;

  public TextComparison(Messages messages, TextStyle style) {
    this.messages = messages;
    this.style = style;
  }

  public String render(Comparison comparison) {
    return String.join("\n", lines(comparison)) + "\n";
  }

  public List<String> lines(Comparison c) {
    int width = style.width();
    List<String> out = new ArrayList<>();
    List<String> title = Wrap.lines(messages.get("compare.s.title", c.title()), width, "", "");
    for (int i = 0; i < title.size(); i++) {
      out.add(i == 0 ? bold(title.get(i)) : title.get(i));
    }
    int longestTitle = title.stream().mapToInt(DisplayWidth::of).max().orElse(20);
    out.add((style.ascii() ? "=" : "─").repeat(Math.min(width, Math.max(20, longestTitle))));
    out.add("");

    boolean first = true;
    for (List<Integer> group : groups(c, width)) {
      if (!first) {
        out.add("");
      }
      out.addAll(table(c, group, width));
      first = false;
    }
    out.addAll(dim(Wrap.lines(legend(messages, c), width, INDENT, INDENT)));

    for (Comparison.Change change : c.changes()) {
      out.add("");
      out.addAll(boldAll(Wrap.lines(messages.get("compare.s.heading", change.scenario()), width, "", "  ")));
      if (!change.description().isBlank()) {
        out.addAll(Wrap.lines(change.description().strip(), width, INDENT, INDENT));
      }
      for (String line : change.lines()) {
        out.addAll(Wrap.lines(line, width, INDENT + "- ", INDENT + "  "));
      }
    }

    out.add("");
    out.add(bold(messages.get("compare.s.takeaways")));
    for (String t : c.takeaways()) {
      out.addAll(Wrap.lines(t, width, INDENT + "- ", INDENT + "  "));
    }
    return out;
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
    List<String> lines = table.render(width, INDENT);
    if (!lines.isEmpty()) {
      lines.set(0, dimOne(lines.get(0)));
    }
    return lines;
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
    StringBuilder text = new StringBuilder(messages.get("compare.s.legend"));
    boolean tie = c.columns().stream().anyMatch(Comparison.Column::tie);
    boolean gates =
        c.rows().stream().flatMap(r -> r.cells().stream()).anyMatch(cell -> !cell.passesGates());
    if (tie) {
      text.append(' ').append(messages.get("compare.s.legendTie"));
    }
    if (gates) {
      text.append(' ').append(messages.get("compare.s.legendGate"));
    }
    return text.toString();
  }

  private String bold(String text) {
    return style.color() ? new AttributedString(text, AttributedStyle.BOLD).toAnsi() : text;
  }

  private List<String> boldAll(List<String> lines) {
    return lines.stream().map(this::bold).toList();
  }

  private String dimOne(String text) {
    return style.color()
        ? new AttributedString(text, AttributedStyle.DEFAULT.faint()).toAnsi()
        : text;
  }

  private List<String> dim(List<String> lines) {
    return lines.stream().map(this::dimOne).toList();
  }
}
