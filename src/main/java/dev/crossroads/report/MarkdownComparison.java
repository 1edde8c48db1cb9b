package dev.crossroads.report;

import dev.crossroads.Messages;
import java.util.ArrayList;
import java.util.List;

/** A {@link Comparison} as Markdown, for a post or a retrospective. */
public final class MarkdownComparison {
  private final Messages messages;

  public MarkdownComparison(Messages messages) {
    this.messages = messages;
  }

  public String render(Comparison c) {
    List<String> out = new ArrayList<>();
    out.add("# " + MarkdownSummary.escape(messages.get("compare.s.title", c.title())));
    out.add("");
    StringBuilder header = new StringBuilder("| " + messages.get("report.option") + " |");
    StringBuilder rule = new StringBuilder("|:---|");
    for (Comparison.Column column : c.columns()) {
      header.append(' ').append(MarkdownSummary.escape(column.name())).append(" |");
      rule.append("---:|");
    }
    out.add(header.toString());
    out.add(rule.toString());
    for (Comparison.Row row : c.rows()) {
      StringBuilder line = new StringBuilder("| " + MarkdownSummary.escape(row.label()) + " |");
      for (Comparison.Cell cell : row.cells()) {
        String text = MarkdownSummary.escape(TextComparison.cell(cell));
        line.append(' ')
            .append(cell.mark() == Comparison.Mark.NONE ? text : "**" + text + "**")
            .append(" |");
      }
      out.add(line.toString());
    }
    out.add("");
    out.add(MarkdownSummary.escape(TextComparison.legend(messages, c)));
    for (Comparison.Change change : c.changes()) {
      out.add("");
      out.add("## " + MarkdownSummary.escape(messages.get("compare.s.heading", change.scenario())));
      out.add("");
      if (!change.description().isBlank()) {
        out.add(MarkdownSummary.escape(change.description().strip()));
        out.add("");
      }
      change.lines().forEach(l -> out.add("- " + MarkdownSummary.escape(l)));
    }
    out.add("");
    out.add("## " + MarkdownSummary.escape(messages.get("compare.s.takeaways")));
    out.add("");
    c.takeaways().forEach(t -> out.add("- " + MarkdownSummary.escape(t)));
    return String.join("\n", out) + "\n";
  }
}
