package dev.crossroads.report;

import dev.crossroads.Messages;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Lays a {@link Comparison} out for a terminal, every line within the style's width. */
public final class TextComparison {
  private static final String INDENT = "  ";

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
    out.addAll(Wrap.lines(messages.get("compare.title", c.title()), width, "", ""));
    if (style.color()) {
      out.set(0, new AttributedString(out.get(0), AttributedStyle.BOLD).toAnsi());
    }
    out.add((style.ascii() ? "=" : "─").repeat(Math.min(width, Math.max(20, DisplayWidth.of(out.get(0))))));
    out.add("");

    List<Table.Align> aligns = new ArrayList<>();
    aligns.add(Table.Align.LEFT);
    List<String> header = new ArrayList<>();
    header.add(messages.get("report.option"));
    for (Comparison.Column column : c.columns()) {
      aligns.add(Table.Align.RIGHT);
      header.add(DisplayWidth.truncate(column.name(), 16, ".."));
    }
    Table table = new Table(aligns).header(header);
    for (Comparison.Row row : c.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.label());
      for (int k = 0; k < c.columns().size(); k++) {
        String cell = Numbers.score(row.scores().get(k)) + " (" + row.ranks().get(k) + ")";
        cells.add(row.ranks().get(k) == 1 ? "*" + cell : cell);
      }
      table.row(cells);
    }
    out.addAll(table.render(width, INDENT));
    out.addAll(Wrap.lines(messages.get("compare.legend"), width, INDENT, INDENT));

    for (Comparison.Change change : c.changes()) {
      out.add("");
      String heading = messages.get("compare.ifScenario", change.scenario());
      out.add(style.color() ? new AttributedString(heading, AttributedStyle.BOLD).toAnsi() : heading);
      for (String line : change.lines()) {
        out.addAll(Wrap.lines(line, width, INDENT + "- ", INDENT + "  "));
      }
    }

    out.add("");
    String takeaways = messages.get("report.takeaways");
    out.add(style.color() ? new AttributedString(takeaways, AttributedStyle.BOLD).toAnsi() : takeaways);
    for (String t : c.takeaways()) {
      out.addAll(Wrap.lines(t, width, INDENT + "- ", INDENT + "  "));
    }
    return out;
  }
}
