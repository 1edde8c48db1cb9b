package dev.crossroads.report;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import java.util.ArrayList;
import java.util.List;

/** A {@link Summary} as Markdown that pastes cleanly into a blog post or a retrospective. */
public final class MarkdownSummary {
  private final Messages messages;

  public MarkdownSummary(Messages messages) {
    this.messages = messages;
  }

  public String render(Summary summary) {
    List<String> out = new ArrayList<>();
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
    out.add(
        row(
            messages.get("report.rank"),
            messages.get("report.option"),
            messages.get("report.score"),
            messages.get("report.wpm"),
            messages.get("report.topsis"),
            messages.get("report.chanceFirst")));
    out.add("|---:|:---|---:|---:|---:|---:|");
    for (Summary.RankRow r : summary.ranking()) {
      out.add(
          row(
              String.valueOf(r.rank()),
              escape(r.label()) + (r.failsGates() ? " \\*" : ""),
              Numbers.score(r.score()),
              String.valueOf(r.wpmRank()),
              String.valueOf(r.topsisRank()),
              Numbers.percent(r.chanceFirst()) + " ±" + Numbers.fixed(r.chanceError() * 100, 1)));
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
    out.add(row(messages.get("report.criterion"), messages.get("report.weight")));
    out.add("|:---|---:|");
    for (Summary.WeightRow w : summary.weights()) {
      out.add(row(escape(w.label()), Numbers.percent(w.weight())));
    }
    out.add("");
    out.add("## " + messages.get("report.sensitivity"));
    out.add("");
    out.add(escape(summary.sensitivityHeader()));
    out.add("");
    out.add(
        row(
            messages.get("report.criterion"),
            messages.get("report.weight"),
            messages.get("report.range"),
            messages.get("report.takesOver")));
    out.add("|:---|---:|:---|:---|");
    for (Summary.SensitivityRow s : summary.sensitivity()) {
      out.add(
          row(escape(s.label()), Numbers.percent(s.weight()), escape(s.range()), escape(s.takeover())));
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
    return String.join("\n", out) + "\n";
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

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |";
  }

  /** Text from the summary, shown as written ({@link MarkdownText}). */
  private static String escape(String text) {
    return MarkdownText.inline(text);
  }
}
