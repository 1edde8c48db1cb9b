package dev.crossroads.report;

import dev.crossroads.DisplayWidth;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Summary} as one self-contained HTML page: inline CSS and SVG charts, no scripts and no
 * external assets, in the profile's language, so it can be mailed, archived or opened offline.
 */
public final class HtmlSummary {
  private static final String[] PALETTE = {
    "#3366cc", "#f2a900", "#a23b72", "#2a9d8f", "#e76f51", "#6c757d", "#8ab17d", "#5e548e"
  };
  private static final int CHART_WIDTH = 640;
  private static final int LABEL_WIDTH = 220;
  private static final int ROW_HEIGHT = 28;

  private final Messages messages;

  public HtmlSummary(Messages messages) {
    this.messages = messages;
  }

  public String render(Summary summary) {
    StringBuilder html = new StringBuilder();
    String lang = messages.locale().getLanguage();
    html.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(summary.title())).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    html.append("<h1>").append(escape(summary.title())).append("</h1>\n");
    html.append("<p class=\"verdict\" data-kind=\"")
        .append(escape(summary.verdict().kind()))
        .append("\"><strong>")
        .append(escape(summary.verdict().tag()))
        .append("</strong> ")
        .append(escape(String.join(" ", summary.verdict().sentences())))
        .append("</p>\n");
    findOut(html, summary.findOut());

    section(html, "report.ranking");
    html.append("<table>\n<thead><tr>");
    for (String key : Summary.RANKING_COLUMNS) {
      html.append("<th>").append(escape(messages.get(key))).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (Summary.RankRow row : summary.ranking()) {
      // Only a leader that passes every dealbreaker is marked: with none passing, nobody leads.
      html.append(row.rank() == 1 && !row.failsGates() ? "<tr class=\"winner\">" : "<tr>")
          .append("<td class=\"num\">").append(row.rank()).append("</td>")
          .append("<td>").append(escape(row.label())).append(row.failsGates() ? " *" : "").append("</td>")
          .append("<td class=\"num\">").append(Numbers.score(row.score())).append("</td>")
          .append("<td class=\"num\">").append(row.wpmRank()).append("</td>")
          .append("<td class=\"num\">").append(row.topsisRank()).append("</td>")
          .append("<td class=\"num\">").append(Numbers.percent(row.chanceFirst()))
          .append(" ±").append(Numbers.fixed(row.chanceError() * 100, 1)).append("</td>")
          .append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    for (String note : summary.notes()) {
      paragraph(html, note, "note");
    }
    paragraph(html, summary.robustnessHeader(), "note");
    if (!summary.dealbreakerRisks().isEmpty()) {
      html.append("<section class=\"risks\">\n");
      section(html, "report.risks");
      list(html, summary.dealbreakerRisks());
      html.append("</section>\n");
    }

    section(html, "report.why");
    html.append(contributionChart(summary));
    // The chart tells its criteria apart by colour; the same in words, for every reader.
    paragraph(html, messages.get("report.why.words"), "note");
    list(html, summary.scoresInWords());

    section(html, "report.methods");
    list(html, summary.methodNotes());

    section(html, "report.sensitivity");
    paragraph(html, summary.sensitivityHeader(), "");
    html.append("<table>\n<thead><tr>");
    for (String key : Summary.SENSITIVITY_COLUMNS) {
      html.append("<th>").append(escape(messages.get(key))).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (Summary.SensitivityRow row : summary.sensitivity()) {
      html.append("<tr><td>").append(escape(row.label())).append("</td>")
          .append("<td class=\"num\">").append(Numbers.percent(row.weight())).append("</td>")
          .append("<td>").append(escape(row.range())).append("</td>")
          .append("<td>").append(escape(row.takeover())).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    paragraph(html, messages.get("report.tornado"), "note");
    html.append(tornado(summary));
    paragraph(html, summary.ratingChange(), "");

    if (!summary.takeaways().isEmpty()) {
      section(html, "report.takeaways");
      list(html, summary.takeaways());
    }
    if (!summary.uncertainties().isEmpty()) {
      section(html, "report.uncertainties");
      list(html, summary.uncertainties());
    }
    section(html, "report.how");
    list(html, summary.howItWasWorkedOut());
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  /** What to find out first: the inputs that would change the choice as a list, then the rest. */
  private void findOut(StringBuilder html, Summary.FindOut findOut) {
    html.append("<section class=\"find-out\">\n");
    section(html, "report.findOut");
    if (!findOut.intro().isEmpty()) {
      paragraph(html, findOut.intro(), "note");
    }
    if (!findOut.items().isEmpty()) {
      list(html, findOut.items());
    }
    if (!findOut.closing().isEmpty()) {
      paragraph(html, findOut.closing(), "");
    }
    html.append("</section>\n");
  }

  private String contributionChart(Summary summary) {
    int rows = summary.ranking().size();
    int legendRows = (summary.criteria().size() + 1) / 2;
    int height = rows * ROW_HEIGHT + 16 + legendRows * 20;
    StringBuilder svg = new StringBuilder();
    svg.append(svgOpen(height, messages.get("report.why")));
    int barSpace = CHART_WIDTH - LABEL_WIDTH - 60;
    int y = 4;
    for (Summary.RankRow row : summary.ranking()) {
      svg.append(label(y + 18, row.label()));
      double x = LABEL_WIDTH;
      List<Double> parts = row.contributions();
      for (int k = 0; k < parts.size(); k++) {
        double w = Math.max(0, parts.get(k)) * barSpace;
        if (w > 0) {
          svg.append(String.format(Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\"><title>%s</title></rect>\n",
              x, y + 4, w, PALETTE[k % PALETTE.length], escape(summary.criteria().get(k) + ": " + Numbers.score(parts.get(k)))));
          x += w;
        }
      }
      svg.append(text((int) x + 6, y + 18, "start", Numbers.score(row.score())));
      y += ROW_HEIGHT;
    }
    y += 12;
    for (int k = 0; k < summary.criteria().size(); k++) {
      int col = k % 2;
      int lx = 8 + col * (CHART_WIDTH / 2);
      int ly = y + (k / 2) * 20;
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>\n", lx, ly, PALETTE[k % PALETTE.length]));
      svg.append(text(lx + 18, ly + 11, "start", summary.criteria().get(k)));
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private String tornado(Summary summary) {
    int rows = summary.sensitivity().size();
    int height = rows * ROW_HEIGHT + 30;
    StringBuilder svg = new StringBuilder();
    svg.append(svgOpen(height, messages.get("report.tornado")));
    int axis = CHART_WIDTH - LABEL_WIDTH - 40;
    List<Summary.SensitivityRow> sorted = new java.util.ArrayList<>(summary.sensitivity());
    sorted.sort(java.util.Comparator.comparingDouble(r -> r.high() - r.low()));
    int y = 4;
    for (Summary.SensitivityRow row : sorted) {
      svg.append(label(y + 18, row.label()));
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"20\" fill=\"#eeeeee\"/>\n", LABEL_WIDTH, y + 4, axis));
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"#3366cc\" fill-opacity=\"0.55\"><title>%s</title></rect>\n",
          LABEL_WIDTH + row.low() * axis, y + 4, Math.max(1, (row.high() - row.low()) * axis), escape(row.range())));
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#111111\" stroke-width=\"2\"/>\n",
          LABEL_WIDTH + row.weight() * axis, LABEL_WIDTH + row.weight() * axis, y + 2, y + 26));
      y += ROW_HEIGHT;
    }
    svg.append(text(LABEL_WIDTH, y + 16, "start", "0%"));
    svg.append(text(LABEL_WIDTH + axis, y + 16, "end", "100%"));
    svg.append("</svg>\n");
    return svg.toString();
  }

  /**
   * A row label right-aligned before the chart, cut to fit its column (about 7 px a terminal
   * column at this font size) with the whole label kept as a tooltip.
   */
  private static String label(int y, String label) {
    int columns = (LABEL_WIDTH - 12) / 7;
    String shown = DisplayWidth.truncate(label, columns, "…");
    return String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" text-anchor=\"end\"><title>%s</title>%s</text>\n",
        LABEL_WIDTH - 8, y, escape(label), escape(shown));
  }

  private static String svgOpen(int height, String label) {
    return String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"%s\" viewBox=\"0 0 %d %d\" width=\"100%%\" style=\"max-width:%dpx\">\n",
        escape(label), CHART_WIDTH, height, CHART_WIDTH);
  }

  private static String text(int x, int y, String anchor, String content) {
    return String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>\n", x, y, anchor, escape(content));
  }

  private void section(StringBuilder html, String key) {
    html.append("<h2>").append(escape(messages.get(key))).append("</h2>\n");
  }

  private static void paragraph(StringBuilder html, String text, String cssClass) {
    html.append(cssClass.isEmpty() ? "<p>" : "<p class=\"" + cssClass + "\">").append(escape(text)).append("</p>\n");
  }

  private static void list(StringBuilder html, List<String> items) {
    html.append("<ul>\n");
    for (String item : items) {
      html.append("<li>").append(escape(item)).append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private static String escape(String text) {
    return HtmlText.escape(text);
  }

  private static final String CSS =
      """
      body { margin: 0; background: #fafafa; color: #222;
        font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans KR", "Noto Sans CJK KR",
          "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; line-height: 1.55; }
      main { max-width: 760px; margin: 0 auto; padding: 24px 20px 48px; background: #fff; }
      h1 { font-size: 1.6em; margin: 0 0 0.4em; }
      h2 { font-size: 1.15em; margin: 1.6em 0 0.5em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
      table { border-collapse: collapse; width: 100%; margin: 0.4em 0; }
      th, td { padding: 4px 8px; border-bottom: 1px solid #eee; text-align: left; }
      th { font-weight: 600; color: #555; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; }
      tr.winner td { font-weight: 600; background: #eef5ee; }
      p.verdict { font-size: 1.1em; background: #f3f6fb; border-left: 4px solid #3366cc;
        padding: 10px 14px; margin: 0.4em 0 1em; }
      p.note { color: #555; font-size: 0.92em; }
      svg { display: block; margin: 0.6em 0; font-size: 13px; }
      svg text { fill: #333; font-family: inherit; }
      pre.money { font-size: 12px; background: #f6f6f6; padding: 12px; overflow-x: auto; }
      """;
}
