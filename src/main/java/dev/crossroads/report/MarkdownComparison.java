package dev.crossroads.report;

import dev.crossroads.Messages;
import java.util.List;

/** A {@link Comparison} as Markdown, for a post or a retrospective. */
public final class MarkdownComparison extends MarkdownRenderer<Comparison> {
  public MarkdownComparison(Messages messages) {
    super(messages);
  }

  @Override
  void write(List<String> out, Comparison c) {
    out.add("# " + MarkdownText.inline(messages.get("compare.s.title", c.title())));
    out.add("");
    StringBuilder header = new StringBuilder("| " + messages.get("report.option") + " |");
    StringBuilder rule = new StringBuilder("|:---|");
    for (Comparison.Column column : c.columns()) {
      header.append(' ').append(MarkdownText.inline(column.name())).append(" |");
      rule.append("---:|");
    }
    out.add(header.toString());
    out.add(rule.toString());
    for (Comparison.Row row : c.rows()) {
      StringBuilder line = new StringBuilder("| " + MarkdownText.inline(row.label()) + " |");
      for (Comparison.Cell cell : row.cells()) {
        String text = MarkdownText.inline(TextComparison.cell(cell));
        line.append(' ')
            .append(cell.mark() == Comparison.Mark.NONE ? text : "**" + text + "**")
            .append(" |");
      }
      out.add(line.toString());
    }
    out.add("");
    out.add(MarkdownText.inline(TextComparison.legend(messages, c)));
    for (Comparison.Change change : c.changes()) {
      out.add("");
      out.add("## " + MarkdownText.inline(messages.get("compare.s.heading", change.scenario())));
      out.add("");
      if (!change.description().isBlank()) {
        out.add(MarkdownText.inline(change.description().strip()));
        out.add("");
      }
      change.lines().forEach(l -> out.add("- " + MarkdownText.inline(l)));
    }
    out.add("");
    out.add("## " + MarkdownText.inline(messages.get("compare.s.takeaways")));
    out.add("");
    c.takeaways().forEach(t -> out.add("- " + MarkdownText.inline(t)));
  }
}
