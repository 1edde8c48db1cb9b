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
    out.add("# " + MarkdownSummary.escape(messages.get("compare.title", c.title())));
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
      for (int k = 0; k < c.columns().size(); k++) {
        String cell = Numbers.score(row.scores().get(k)) + " (" + row.ranks().get(k) + ")";
        line.append(' ').append(row.ranks().get(k) == 1 ? "**" + cell + "**" : cell).append(" |");
      }
      out.add(line.toString());
    }
    for (Comparison.Change change : c.changes()) {
      out.add("");
      out.add("## " + MarkdownSummary.escape(messages.get("compare.ifScenario", change.scenario())));
      out.add("");
      change.lines().forEach(l -> out.add("- " + MarkdownSummary.escape(l)));
    }
    out.add("");
    out.add("## " + messages.get("report.takeaways"));
    out.add("");
    c.takeaways().forEach(t -> out.add("- " + MarkdownSummary.escape(t)));
    return String.join("\n", out) + "\n";
  }
}
