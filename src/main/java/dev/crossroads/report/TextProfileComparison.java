package dev.crossroads.report;

import dev.crossroads.Messages;
import java.util.List;

/** Lays a {@link ProfileComparison} out for a terminal, every line within the style's width. */
public final class TextProfileComparison extends TextRenderer<ProfileComparison> {
  /** Ratings beyond this many are counted, not listed: the largest differences tell the story. */
  static final int MAX_RATINGS = 8;

  public TextProfileComparison(Messages messages, TextStyle style) {
    super(messages, style);
  }

  @Override
  void layOut(TextPage page, ProfileComparison c) {
    List<String> title = page.title(messages.get("compare.p.title", c.title()));
    List<String> names = page.wrap(messages.get("compare.p.names", c.left(), c.right()), "", "");
    page.addAll(names);
    page.rule(Math.max(TextPage.widest(title), TextPage.widest(names)));
    int width = page.width();

    page.heading(messages.get("compare.p.weights"));
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
    page.table(weights.render(width, INDENT));

    page.heading(messages.get("compare.p.ratings"));
    if (c.ratings().isEmpty()) {
      page.paragraph(messages.get("compare.p.noRatings"));
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
      page.table(ratings.render(width, INDENT));
      if (c.ratings().size() > MAX_RATINGS) {
        page.paragraph(messages.get("compare.p.moreRatings", c.ratings().size() - MAX_RATINGS));
      }
      page.paragraph(messages.get("compare.p.apartNote"));
    }

    page.heading(messages.get("compare.p.ranking"));
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
    page.table(ranking.render(width, INDENT));
    boolean tie = c.leftWinner().tie() || c.rightWinner().tie();
    page.paragraph(TextComparison.legend(messages, tie, false));

    page.heading(messages.get("compare.s.takeaways"));
    page.bullets(c.takeaways());
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
}
