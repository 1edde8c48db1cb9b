package dev.crossroads.report;

import dev.crossroads.Messages;
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
    out.add("## " + messages.get("report.ranking"));
    out.add("");
    out.add(MarkdownText.row(texts(Summary.RANKING_COLUMNS)));
    out.add("|---:|:---|---:|---:|---:|---:|");
    for (Summary.RankRow r : summary.ranking()) {
      out.add(
          MarkdownText.row(
              List.of(
                  String.valueOf(r.rank()),
                  escape(r.label()) + (r.failsGates() ? " \\*" : ""),
                  Numbers.score(r.score()),
                  String.valueOf(r.wpmRank()),
                  String.valueOf(r.topsisRank()),
                  Numbers.percent(r.chanceFirst()) + " ±" + Numbers.fixed(r.chanceError() * 100, 1))));
    }
    out.add("");
    for (String note : summary.notes()) {
      out.add(escape(note));
      out.add("");
    }
    out.add(escape(summary.robustnessHeader()));
    out.add("");
    section(out, "report.risks", summary.dealbreakerRisks());
    out.add("## " + messages.get("report.methods"));
    out.add("");
    for (String note : summary.methodNotes()) {
      out.add("- " + escape(note));
    }
    out.add("");
    out.add("## " + messages.get("report.weights"));
    out.add("");
    out.add(MarkdownText.row(texts(List.of("report.criterion", "report.weight"))));
    out.add("|:---|---:|");
    for (Summary.WeightRow w : summary.weights()) {
      out.add(MarkdownText.row(List.of(escape(w.label()), Numbers.percent(w.weight()))));
    }
    out.add("");
    out.add("## " + messages.get("report.sensitivity"));
    out.add("");
    out.add(escape(summary.sensitivityHeader()));
    out.add("");
    out.add(MarkdownText.row(texts(Summary.SENSITIVITY_COLUMNS)));
    out.add("|:---|---:|:---|:---|");
    for (Summary.SensitivityRow s : summary.sensitivity()) {
      out.add(
          MarkdownText.row(
              List.of(
                  escape(s.label()),
                  Numbers.percent(s.weight()),
                  escape(s.range()),
                  escape(s.takeover()))));
    }
    out.add("");
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
    out.add("## " + messages.get("report.findOut"));
    out.add("");
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
    out.add("## " + messages.get(key));
    out.add("");
    for (String item : items) {
      out.add("- " + escape(item));
    }
    out.add("");
  }

  /** Text from the summary, shown as written ({@link MarkdownText}). */
  private static String escape(String text) {
    return MarkdownText.inline(text);
  }
}
