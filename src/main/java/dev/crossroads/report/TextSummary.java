package dev.crossroads.report;

import dev.crossroads.DisplayWidth;
import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays a {@link Summary} out for a terminal: every line at most {@code style.width()} columns,
 * counted by display width so Korean text stays aligned.
 */
public final class TextSummary extends TextRenderer<Summary> {
  private static final int BAR_WIDTH = 20;

  public TextSummary(Messages messages, TextStyle style) {
    super(messages, style);
  }

  @Override
  void layOut(TextPage page, Summary summary) {
    page.title(summary.title());
    page.rule(DisplayWidth.of(summary.title()));
    verdict(page, summary.verdict());
    findOut(page, summary.findOut());
    int width = page.width();

    page.heading(messages.get("report.ranking"));
    Table ranking =
        new Table(
                List.of(
                    Table.Align.RIGHT,
                    Table.Align.LEFT,
                    Table.Align.RIGHT,
                    Table.Align.RIGHT,
                    Table.Align.RIGHT,
                    Table.Align.RIGHT))
            .header(texts(Summary.RANKING_COLUMNS))
            .wrapping();
    for (Summary.RankRow row : summary.ranking()) {
      ranking.row(
          List.of(
              String.valueOf(row.rank()),
              row.label() + (row.failsGates() ? " *" : ""),
              Numbers.score(row.score()),
              String.valueOf(row.wpmRank()),
              String.valueOf(row.topsisRank()),
              Numbers.percent(row.chanceFirst()) + messages.ours(" ±") + Numbers.fixed(row.chanceError() * 100, 1)));
    }
    List<String> rankingLines = ranking.render(width, INDENT);
    // Green marks the leader; with no option passing every dealbreaker there is none.
    if (rankingLines.size() > 1 && !summary.ranking().get(0).failsGates()) {
      rankingLines.set(1, style.colour(rankingLines.get(1), TextStyle.Colour.GREEN));
    }
    page.table(rankingLines);
    for (String note : summary.notes()) {
      page.addAll(page.wrap(note, INDENT, INDENT + "  "));
    }
    page.paragraph(summary.robustnessHeader());

    bullets(page, "report.risks", summary.dealbreakerRisks());

    page.heading(messages.get("report.why"));
    Charts charts = new Charts(style);
    int labelWidth = 0;
    for (Summary.RankRow row : summary.ranking()) {
      labelWidth = Math.max(labelWidth, DisplayWidth.of(row.label()));
    }
    // Whole labels where bars of 25 cells still fit beside them; the bars carry proportions only.
    labelWidth = Math.min(labelWidth, Math.max(10, width - 36));
    int cells = Math.max(10, Math.min(50, width - labelWidth - DisplayWidth.of(INDENT) - 9));
    for (Summary.RankRow row : summary.ranking()) {
      String label = DisplayWidth.padRight(DisplayWidth.truncate(row.label(), labelWidth, ".."), labelWidth);
      String bar = charts.stacked(row.contributions(), cells);
      int barWidth = DisplayWidth.of(TextStyle.unstyled(bar));
      page.add(INDENT + label + "  " + bar + " ".repeat(cells - barWidth) + "  " + DisplayWidth.padLeft(Numbers.score(row.score()), 5));
    }
    page.addAll(charts.legend(summary.criteria(), width, INDENT));
    if (style.ascii()) {
      // --ascii is also for screen readers and braille displays, which cannot read a bar.
      page.paragraph(messages.get("report.why.words"));
      page.bullets(summary.scoresInWords());
    }

    page.heading(messages.get("report.methods"));
    summary.methodNotes().forEach(page::paragraph);

    page.heading(messages.get("report.weights"));
    Table weights =
        new Table(List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.LEFT));
    double max = summary.weights().stream().mapToDouble(Summary.WeightRow::weight).max().orElse(1);
    for (Summary.WeightRow row : summary.weights()) {
      weights.row(List.of(row.label(), Numbers.percent(row.weight()), bar(row.weight() / max)));
    }
    page.addAll(weights.render(width, INDENT));

    page.heading(messages.get("report.sensitivity"));
    page.paragraph(summary.sensitivityHeader());
    Table sensitivity =
        new Table(List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.LEFT, Table.Align.LEFT))
            .header(texts(Summary.SENSITIVITY_COLUMNS))
            .wrapping();
    for (Summary.SensitivityRow row : summary.sensitivity()) {
      sensitivity.row(
          List.of(row.label(), Numbers.percent(row.weight()), row.range(), row.takeover()));
    }
    page.table(sensitivity.render(width, INDENT));
    page.add("");
    page.paragraph(messages.get("report.tornado"));
    int tornadoLabel = 0;
    for (Summary.SensitivityRow row : summary.sensitivity()) {
      tornadoLabel = Math.max(tornadoLabel, DisplayWidth.of(row.label()));
    }
    // The axis wants its 40 cells more than the label its last words (the table above has them).
    tornadoLabel = Math.min(tornadoLabel, Math.max(10, Math.max(width / 3, width - 52)));
    int axis = Math.max(10, Math.min(50, width - tornadoLabel - DisplayWidth.of(INDENT) - 12));
    List<Summary.SensitivityRow> byWidth = new ArrayList<>(summary.sensitivity());
    byWidth.sort(Comparator.comparingDouble(r -> r.high() - r.low()));
    for (Summary.SensitivityRow row : byWidth) {
      String label = DisplayWidth.padRight(DisplayWidth.truncate(row.label(), tornadoLabel, ".."), tornadoLabel);
      page.add(INDENT + label + "  0% " + charts.range(row.low(), row.high(), row.weight(), axis) + " 100%");
    }
    page.add("");
    page.paragraph(summary.ratingChange());

    bullets(page, "report.takeaways", summary.takeaways());
    bullets(page, "report.uncertainties", summary.uncertainties());
    bullets(page, "report.how", summary.howItWasWorkedOut());
  }

  /** The verdict right under the title: its tag (bold on a colour terminal) and sentences. */
  private void verdict(TextPage page, Summary.VerdictLines verdict) {
    page.add("");
    List<String> lines = page.wrap(verdict.paragraph(), "", "");
    if (!lines.isEmpty() && lines.get(0).startsWith(verdict.tag())) {
      String first = lines.get(0);
      lines.set(0, style.bold(verdict.tag()) + first.substring(verdict.tag().length()));
    }
    page.addAll(lines);
  }

  /** What to find out first: the inputs that would change the choice as a list, then the rest. */
  private void findOut(TextPage page, Summary.FindOut findOut) {
    page.heading(messages.get("report.findOut"));
    if (!findOut.intro().isEmpty()) {
      page.paragraph(findOut.intro());
    }
    page.bullets(findOut.items());
    if (!findOut.closing().isEmpty()) {
      page.paragraph(findOut.closing());
    }
  }

  /** A headed list; nothing at all when the list is empty. */
  private void bullets(TextPage page, String key, List<String> items) {
    if (!items.isEmpty()) {
      page.heading(messages.get(key));
      page.bullets(items);
    }
  }

  private String bar(double share) {
    int cells = (int) Math.round(share * BAR_WIDTH);
    return style.fullBlock().repeat(Math.max(cells, share > 0 ? 1 : 0));
  }
}
