package dev.crossroads.report;

import dev.crossroads.DisplayWidth;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Lays a {@link Summary} out for a terminal: every line at most {@code style.width()} columns,
 * counted by display width so Korean text stays aligned.
 */
public final class TextSummary {
  private static final String INDENT = "  ";
  private static final int BAR_WIDTH = 20;

  private final Messages messages;
  private final TextStyle style;

  public TextSummary(Messages messages, TextStyle style) {
    this.messages = messages;
    this.style = style;
  }

  public String render(Summary summary) {
    return String.join("\n", lines(summary)) + "\n";
  }

  public List<String> lines(Summary summary) {
    List<String> out = new ArrayList<>();
    int width = style.width();
    out.addAll(Wrap.lines(summary.title(), width, "", ""));
    if (style.color()) {
      out.set(0, bold(out.get(0)));
    }
    out.add(rule(Math.min(width, Math.max(DisplayWidth.of(summary.title()), 20))));
    out.addAll(verdict(summary.verdict(), width));
    findOut(out, summary.findOut(), width);

    heading(out, "report.ranking");
    Table ranking =
        new Table(
                List.of(
                    Table.Align.RIGHT,
                    Table.Align.LEFT,
                    Table.Align.RIGHT,
                    Table.Align.RIGHT,
                    Table.Align.RIGHT,
                    Table.Align.RIGHT))
            .header(
                List.of(
                    messages.get("report.rank"),
                    messages.get("report.option"),
                    messages.get("report.score"),
                    messages.get("report.wpm"),
                    messages.get("report.topsis"),
                    messages.get("report.chanceFirst")))
            .wrapping();
    for (Summary.RankRow row : summary.ranking()) {
      ranking.row(
          List.of(
              String.valueOf(row.rank()),
              row.label() + (row.failsGates() ? " *" : ""),
              Numbers.score(row.score()),
              String.valueOf(row.wpmRank()),
              String.valueOf(row.topsisRank()),
              Numbers.percent(row.chanceFirst()) + (style.ascii() ? " +-" : " ±") + Numbers.fixed(row.chanceError() * 100, 1)));
    }
    List<String> rankingLines = ranking.render(width, INDENT);
    if (style.color() && rankingLines.size() > 1) {
      rankingLines.set(0, dim(rankingLines.get(0)));
      // Green marks the leader; with no option passing every dealbreaker there is none.
      if (!summary.ranking().get(0).failsGates()) {
        rankingLines.set(1, green(rankingLines.get(1)));
      }
    }
    out.addAll(rankingLines);
    for (String note : summary.notes()) {
      out.addAll(Wrap.lines(note, width, INDENT, INDENT + "  "));
    }
    out.addAll(Wrap.lines(summary.robustnessHeader(), width, INDENT, INDENT));

    bullets(out, "report.risks", summary.dealbreakerRisks(), width);

    heading(out, "report.why");
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
      int barWidth = DisplayWidth.of(stripAnsi(bar));
      out.add(INDENT + label + "  " + bar + " ".repeat(cells - barWidth) + "  " + DisplayWidth.padLeft(Numbers.score(row.score()), 5));
    }
    out.addAll(charts.legend(summary.criteria(), width, INDENT));

    heading(out, "report.methods");
    for (String note : summary.methodNotes()) {
      out.addAll(Wrap.lines(note, width, INDENT, INDENT));
    }

    heading(out, "report.weights");
    Table weights =
        new Table(List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.LEFT));
    double max = summary.weights().stream().mapToDouble(Summary.WeightRow::weight).max().orElse(1);
    for (Summary.WeightRow row : summary.weights()) {
      weights.row(List.of(row.label(), Numbers.percent(row.weight()), bar(row.weight() / max)));
    }
    out.addAll(weights.render(width, INDENT));

    heading(out, "report.sensitivity");
    out.addAll(Wrap.lines(summary.sensitivityHeader(), width, INDENT, INDENT));
    Table sensitivity =
        new Table(List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.LEFT, Table.Align.LEFT))
            .header(
                List.of(
                    messages.get("report.criterion"),
                    messages.get("report.weight"),
                    messages.get("report.range"),
                    messages.get("report.takesOver")))
            .wrapping();
    for (Summary.SensitivityRow row : summary.sensitivity()) {
      sensitivity.row(
          List.of(row.label(), Numbers.percent(row.weight()), row.range(), row.takeover()));
    }
    List<String> sensitivityLines = sensitivity.render(width, INDENT);
    if (style.color() && !sensitivityLines.isEmpty()) {
      sensitivityLines.set(0, dim(sensitivityLines.get(0)));
    }
    out.addAll(sensitivityLines);
    out.add("");
    out.addAll(Wrap.lines(messages.get("report.tornado"), width, INDENT, INDENT));
    int tornadoLabel = 0;
    for (Summary.SensitivityRow row : summary.sensitivity()) {
      tornadoLabel = Math.max(tornadoLabel, DisplayWidth.of(row.label()));
    }
    // The axis wants its 40 cells more than the label its last words (the table above has them).
    tornadoLabel = Math.min(tornadoLabel, Math.max(10, Math.max(width / 3, width - 52)));
    int axis = Math.max(10, Math.min(50, width - tornadoLabel - DisplayWidth.of(INDENT) - 12));
    List<Summary.SensitivityRow> byWidth = new ArrayList<>(summary.sensitivity());
    byWidth.sort(java.util.Comparator.comparingDouble(r -> r.high() - r.low()));
    for (Summary.SensitivityRow row : byWidth) {
      String label = DisplayWidth.padRight(DisplayWidth.truncate(row.label(), tornadoLabel, ".."), tornadoLabel);
      out.add(INDENT + label + "  0% " + charts.range(row.low(), row.high(), row.weight(), axis) + " 100%");
    }
    out.add("");
    out.addAll(Wrap.lines(summary.ratingChange(), width, INDENT, INDENT));

    bullets(out, "report.takeaways", summary.takeaways(), width);
    bullets(out, "report.uncertainties", summary.uncertainties(), width);
    bullets(out, "report.how", summary.howItWasWorkedOut(), width);
    return out;
  }

  /** The verdict right under the title: its tag (bold on a colour terminal) and sentences. */
  private List<String> verdict(Summary.VerdictLines verdict, int width) {
    List<String> out = new ArrayList<>();
    out.add("");
    List<String> lines = Wrap.lines(verdict.paragraph(), width, "", "");
    if (style.color() && !lines.isEmpty() && lines.get(0).startsWith(verdict.tag())) {
      String first = lines.get(0);
      lines.set(0, bold(verdict.tag()) + first.substring(verdict.tag().length()));
    }
    out.addAll(lines);
    return out;
  }

  /** What to find out first: the inputs that would change the choice as a list, then the rest. */
  private void findOut(List<String> out, Summary.FindOut findOut, int width) {
    heading(out, "report.findOut");
    if (!findOut.intro().isEmpty()) {
      out.addAll(Wrap.lines(findOut.intro(), width, INDENT, INDENT));
    }
    for (String item : findOut.items()) {
      out.addAll(Wrap.lines(item, width, INDENT + "- ", INDENT + "  "));
    }
    if (!findOut.closing().isEmpty()) {
      out.addAll(Wrap.lines(findOut.closing(), width, INDENT, INDENT));
    }
  }

  /** A headed list; nothing at all when the list is empty. */
  private void bullets(List<String> out, String key, List<String> items, int width) {
    if (items.isEmpty()) {
      return;
    }
    heading(out, key);
    for (String item : items) {
      out.addAll(Wrap.lines(item, width, INDENT + "- ", INDENT + "  "));
    }
  }

  static String stripAnsi(String text) {
    return text.replaceAll("\u001b\\[[0-9;]*m", "");
  }

  private void heading(List<String> out, String key) {
    out.add("");
    String text = messages.get(key);
    out.add(style.color() ? bold(text) : text);
  }

  private String rule(int width) {
    return (style.ascii() ? "=" : "─").repeat(width);
  }

  private String bar(double share) {
    int cells = (int) Math.round(share * BAR_WIDTH);
    return style.fullBlock().repeat(Math.max(cells, share > 0 ? 1 : 0));
  }

  private static String bold(String text) {
    return new AttributedString(text, AttributedStyle.BOLD).toAnsi();
  }

  private static String dim(String text) {
    return new AttributedString(text, AttributedStyle.DEFAULT.faint()).toAnsi();
  }

  private static String green(String text) {
    return new AttributedString(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN))
        .toAnsi();
  }
}
