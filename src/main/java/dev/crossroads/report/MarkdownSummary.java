package dev.crossroads.report;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import java.util.ArrayList;
import java.util.List;

/** A {@link Summary} as Markdown that pastes cleanly into a blog post or a retrospective. */
public final class MarkdownSummary extends MarkdownRenderer<Summary> {
  public MarkdownSummary(Messages messages) {
    super(messages);
  }

  @Override
  void write(List<String> out, Summary summary) {
    out.add("# " + escape(summary.title()));
    out.add("");
    out.add(
        "**"
            + escape(summary.verdict().tag())
            + "** "
            + escape(String.join(" ", summary.verdict().sentences())));
    out.add("");
    findOut(out, summary.findOut());
    heading(out, "report.ranking");
    table(
        out,
        Summary.RANKING_COLUMNS,
        "|---:|:---|---:|---:|---:|---:|",
        summary.ranking().stream()
            .map(
                r ->
                    List.of(
                        String.valueOf(r.rank()),
                        escape(r.label()) + (r.failsGates() ? " \\*" : ""),
                        Numbers.score(r.score()),
                        String.valueOf(r.wpmRank()),
                        String.valueOf(r.topsisRank()),
                        Numbers.percent(r.chanceFirst())
                            + messages.ours(" ±")
                            + Numbers.fixed(r.chanceError() * 100, 1)))
            .toList());
    for (String note : summary.notes()) {
      out.add(escape(note));
      out.add("");
    }
    out.add(escape(summary.robustnessHeader()));
    out.add("");
    section(out, "report.risks", summary.dealbreakerRisks());
    heading(out, "report.methods");
    for (String note : summary.methodNotes()) {
      out.add("- " + escape(note));
    }
    out.add("");
    heading(out, "report.weights");
    table(
        out,
        List.of("report.criterion", "report.weight"),
        "|:---|---:|",
        summary.weights().stream()
            .map(w -> List.of(escape(w.label()), Numbers.percent(w.weight())))
            .toList());
    heading(out, "report.sensitivity");
    out.add(escape(summary.sensitivityHeader()));
    out.add("");
    table(
        out,
        Summary.SENSITIVITY_COLUMNS,
        "|:---|---:|:---|:---|",
        summary.sensitivity().stream()
            .map(
                s ->
                    List.of(
                        escape(s.label()),
                        Numbers.percent(s.weight()),
                        escape(s.range()),
                        escape(s.takeover())))
            .toList());
    out.add(escape(summary.ratingChange()));
    out.add("");
    section(out, "report.takeaways", summary.takeaways());
    section(out, "report.uncertainties", summary.uncertainties());
    section(out, "report.how", summary.howItWasWorkedOut());
    while (out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
  }

  /** What to find out first: the inputs that would change the choice as a list, then the rest. */
  private void findOut(List<String> out, Summary.FindOut findOut) {
    heading(out, "report.findOut");
    if (!findOut.intro().isEmpty()) {
      out.add(escape(findOut.intro()));
      out.add("");
    }
    for (String item : findOut.items()) {
      out.add("- " + escape(item));
    }
    if (!findOut.items().isEmpty()) {
      out.add("");
    }
    if (!findOut.closing().isEmpty()) {
      out.add(escape(findOut.closing()));
      out.add("");
    }
  }

  /** A headed bullet list followed by a blank line; nothing when the list is empty. */
  private void section(List<String> out, String key, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    heading(out, key);
    for (String item : items) {
      out.add("- " + escape(item));
    }
    out.add("");
  }

  /** A section's heading from the bundle, then the blank line Markdown wants under it. */
  private void heading(List<String> out, String key) {
    out.add("## " + messages.get(key));
    out.add("");
  }

  /**
   * A table: the column names of {@code keys}, the {@code alignment} row, a row per item of
   * cells already in Markdown, and a blank line after it.
   */
  private void table(
      List<String> out, List<String> keys, String alignment, List<List<String>> rows) {
    out.add(MarkdownText.row(texts(keys)));
    out.add(alignment);
    rows.forEach(row -> out.add(MarkdownText.row(row)));
    out.add("");
  }

  /** Text from the summary, shown as written ({@link MarkdownText}). */
  private static String escape(String text) {
    return MarkdownText.inline(text);
  }
}
