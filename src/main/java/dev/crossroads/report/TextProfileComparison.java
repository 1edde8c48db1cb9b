package dev.crossroads.report;

import dev.crossroads.DisplayWidth;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Lays a {@link ProfileComparison} out for a terminal, every line within the style's width. */
public final class TextProfileComparison {
  private static final String INDENT = "  ";
  /** Ratings beyond this many are counted, not listed: the largest differences tell the story. */
  static final int MAX_RATINGS = 8;

  private final Messages messages;
  private final TextStyle style;

  public TextProfileComparison(Messages messages, TextStyle style) {
    this.messages = messages;
    this.style = style;
  }

  public String render(ProfileComparison comparison) {
    return String.join("\n", lines(comparison)) + "\n";
  }

  public List<String> lines(ProfileComparison c) {
    int width = style.width();
    List<String> out = new ArrayList<>();
    List<String> title = Wrap.lines(messages.get("compare.p.title", c.title()), width, "", "");
    out.add(bold(title.get(0)));
    out.addAll(title.subList(1, title.size()));
    out.addAll(Wrap.lines(messages.get("compare.p.names", c.left(), c.right()), width, "", ""));
    int longest = out.stream().mapToInt(l -> DisplayWidth.of(TextSummary.stripAnsi(l))).max().orElse(20);
    out.add((style.ascii() ? "=" : "─").repeat(Math.min(width, Math.max(20, longest))));

    heading(out, "compare.p.weights");
    Table weights =
        new Table(List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.RIGHT, Table.Align.RIGHT))
            .header(List.of(messages.get("report.criterion"), c.left(), c.right(), messages.get("compare.p.difference")))
            .wrapping();
    for (ProfileComparison.WeightRow w : c.weights()) {
      weights.row(
          List.of(
              w.label(),
              Numbers.percent(w.left()),
              Numbers.percent(w.right()),
              points(w.difference())));
    }
    out.addAll(dimHeader(weights.render(width, INDENT)));

    heading(out, "compare.p.ratings");
    if (c.ratings().isEmpty()) {
      out.addAll(Wrap.lines(messages.get("compare.p.noRatings"), width, INDENT, INDENT));
    } else {
      Table ratings =
          new Table(
                  List.of(
                      Table.Align.LEFT,
                      Table.Align.LEFT,
                      Table.Align.LEFT,
                      Table.Align.LEFT,
                      Table.Align.RIGHT))
              .header(
                  List.of(
                      messages.get("report.option"),
                      messages.get("report.criterion"),
                      c.left(),
                      c.right(),
                      messages.get("compare.p.apart")))
              .wrapping();
      c.ratings().stream()
          .limit(MAX_RATINGS)
          .forEach(
              r ->
                  ratings.row(
                      List.of(
                          r.optionLabel(),
                          r.criterionLabel(),
                          r.leftText(),
                          r.rightText(),
                          Numbers.percent(r.share()))));
      out.addAll(dimHeader(ratings.render(width, INDENT)));
      if (c.ratings().size() > MAX_RATINGS) {
        out.addAll(
            Wrap.lines(
                messages.get("compare.p.moreRatings", c.ratings().size() - MAX_RATINGS),
                width,
                INDENT,
                INDENT));
      }
      out.addAll(Wrap.lines(messages.get("compare.p.apartNote"), width, INDENT, INDENT));
    }

    heading(out, "compare.p.ranking");
    Table ranking =
        new Table(List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.RIGHT))
            .header(List.of(messages.get("report.option"), c.left(), c.right()))
            .wrapping();
    for (ProfileComparison.RankRow r : c.ranking()) {
      ranking.row(
          List.of(
              r.label(),
              cell(r.leftScore(), r.leftRank(), r.leftMark()),
              cell(r.rightScore(), r.rightRank(), r.rightMark())));
    }
    out.addAll(dimHeader(ranking.render(width, INDENT)));
    boolean tie = c.leftWinner().tie() || c.rightWinner().tie();
    out.addAll(
        Wrap.lines(
            messages.get("compare.s.legend") + (tie ? " " + messages.get("compare.s.legendTie") : ""),
            width,
            INDENT,
            INDENT));

    heading(out, "compare.s.takeaways");
    for (String t : c.takeaways()) {
      out.addAll(Wrap.lines(t, width, INDENT + "- ", INDENT + "  "));
    }
    return out;
  }

  /** Marks as in the scenario table: * first, = within half a point of the first. */
  static String cell(double score, int rank, Comparison.Mark mark) {
    return TextComparison.cell(new Comparison.Cell(score, rank, mark, true));
  }

  /** A difference of two weights in percentage points, signed: "+15", "-5", "0". */
  String points(double difference) {
    long p = Math.round(difference * 100);
    return messages.get("compare.p.points", (p > 0 ? "+" : "") + p);
  }

  private void heading(List<String> out, String key) {
    out.add("");
    out.add(bold(messages.get(key)));
  }

  private List<String> dimHeader(List<String> lines) {
    if (style.color() && !lines.isEmpty()) {
      lines = new ArrayList<>(lines);
      lines.set(0, new AttributedString(lines.get(0), AttributedStyle.DEFAULT.faint()).toAnsi());
    }
    return lines;
  }

  private String bold(String text) {
    return style.color() ? new AttributedString(text, AttributedStyle.BOLD).toAnsi() : text;
  }
}
