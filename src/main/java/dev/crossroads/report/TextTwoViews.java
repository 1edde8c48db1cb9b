package dev.crossroads.report;

import dev.crossroads.Messages;
import java.util.ArrayList;
import java.util.List;

/** Lays {@link TwoViews} out for a terminal, every line within the style's width. */
public final class TextTwoViews {
  private static final String INDENT = "  ";

  private final Messages messages;
  private final TextStyle style;

  public TextTwoViews(Messages messages, TextStyle style) {
    this.messages = messages;
    this.style = style;
  }

  public String render(TwoViews v) {
    int width = style.width();
    List<String> out = new ArrayList<>();
    out.addAll(Wrap.lines(messages.get("compare.two.title", v.title(), v.first(), v.second()), width, "", ""));
    out.add((style.ascii() ? "=" : "─").repeat(Math.min(width, Math.max(20, DisplayWidth.of(out.get(0))))));

    out.add("");
    out.add(messages.get("compare.two.weights"));
    Table weights = new Table(List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.RIGHT))
        .header(List.of(messages.get("report.criterion"), DisplayWidth.truncate(v.first(), 16, ".."),
            DisplayWidth.truncate(v.second(), 16, "..")));
    for (TwoViews.WeightRow row : v.weights()) {
      weights.row(List.of(row.label(), Numbers.percent(row.first()), Numbers.percent(row.second())));
    }
    out.addAll(weights.render(width, INDENT));

    out.add("");
    out.add(messages.get("compare.two.ratings"));
    if (v.ratings().isEmpty()) {
      out.addAll(Wrap.lines(messages.get("compare.two.sameRatings"), width, INDENT, INDENT));
    } else {
      Table ratings = new Table(List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.RIGHT))
          .header(List.of("", DisplayWidth.truncate(v.first(), 16, ".."),
              DisplayWidth.truncate(v.second(), 16, "..")));
      for (TwoViews.RatingRow row : v.ratings()) {
        ratings.row(List.of(row.label(), row.first(), row.second()));
      }
      out.addAll(ratings.render(width, INDENT));
    }

    out.add("");
    out.add(messages.get("report.ranking"));
    Table ranking = new Table(List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.RIGHT))
        .header(List.of(messages.get("report.option"), DisplayWidth.truncate(v.first(), 16, ".."),
            DisplayWidth.truncate(v.second(), 16, "..")));
    for (TwoViews.RankRow row : v.ranking()) {
      ranking.row(List.of(row.label(),
          Numbers.score(row.firstScore()) + " (" + row.firstRank() + ")",
          Numbers.score(row.secondScore()) + " (" + row.secondRank() + ")"));
    }
    out.addAll(ranking.render(width, INDENT));

    out.add("");
    out.add(messages.get("report.takeaways"));
    for (String t : v.takeaways()) {
      out.addAll(Wrap.lines(t, width, INDENT + "- ", INDENT + "  "));
    }
    return String.join("\n", out) + "\n";
  }
}
