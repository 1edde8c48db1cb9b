package dev.crossroads.report;

import dev.crossroads.Messages;
import java.util.List;

/** A {@link ProfileComparison} as Markdown. */
public final class MarkdownProfileComparison extends MarkdownRenderer<ProfileComparison> {
  public MarkdownProfileComparison(Messages messages) {
    super(messages);
  }

  @Override
  void write(List<String> out, ProfileComparison c) {
    out.add("# " + esc(messages.get("compare.p.title", c.title())));
    out.add("");
    out.add(esc(messages.get("compare.p.names", c.left(), c.right())));
    out.add("");
    out.add("## " + esc(messages.get("compare.p.weights")));
    out.add("");
    out.add(row(messages.get("report.criterion"), c.left(), c.right(), messages.get("compare.p.difference")));
    out.add("|:---|---:|---:|---:|");
    TextProfileComparison text = new TextProfileComparison(messages, TextStyle.plain(80));
    for (ProfileComparison.WeightRow w : c.weights()) {
      out.add(row(w.label(), Numbers.percent(w.left()), Numbers.percent(w.right()), text.points(w.difference())));
    }
    out.add("");
    out.add("## " + esc(messages.get("compare.p.ratings")));
    out.add("");
    if (c.ratings().isEmpty()) {
      out.add(esc(messages.get("compare.p.noRatings")));
    } else {
      out.add(
          row(
              messages.get("report.option"),
              messages.get("report.criterion"),
              c.left(),
              c.right(),
              messages.get("compare.p.apart")));
      out.add("|:---|:---|:---|:---|---:|");
      for (ProfileComparison.RatingRow r : c.ratings()) {
        out.add(
            row(r.optionLabel(), r.criterionLabel(), r.leftText(), r.rightText(), Numbers.percent(r.share())));
      }
      out.add("");
      out.add(esc(messages.get("compare.p.apartNote")));
    }
    out.add("");
    out.add("## " + esc(messages.get("compare.p.ranking")));
    out.add("");
    out.add(row(messages.get("report.option"), c.left(), c.right()));
    out.add("|:---|---:|---:|");
    for (ProfileComparison.RankRow r : c.ranking()) {
      out.add(
          row(
              r.label(),
              TextProfileComparison.cell(r.leftScore(), r.leftRank(), r.leftMark()),
              TextProfileComparison.cell(r.rightScore(), r.rightRank(), r.rightMark())));
    }
    out.add("");
    out.add("## " + esc(messages.get("compare.s.takeaways")));
    out.add("");
    c.takeaways().forEach(t -> out.add("- " + esc(t)));
  }

  private static String row(String... cells) {
    return MarkdownText.row(MarkdownText.inline(List.of(cells)));
  }

  private static String esc(String text) {
    return MarkdownText.inline(text);
  }
}
