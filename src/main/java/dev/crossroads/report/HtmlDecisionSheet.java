package dev.crossroads.report;

import java.util.List;

/**
 * A {@link DecisionSheet} as an HTML fragment, a {@code <section class="sheet">} to place inside
 * a report page: the grid as a real table with the criteria as row headers, the reflections as a
 * definition list of prompts and answers. Everything is escaped.
 */
public final class HtmlDecisionSheet {
  public String render(DecisionSheet sheet) {
    StringBuilder html = new StringBuilder("<section class=\"sheet\">\n");
    html.append("<h2>").append(escape(sheet.heading())).append("</h2>\n");
    DecisionSheet.Grid grid = sheet.grid();
    if (!grid.rows().isEmpty() && !grid.options().isEmpty()) {
      heading(html, grid.heading());
      html.append("<table class=\"grid\">\n<thead><tr><th scope=\"col\">")
          .append(escape(grid.corner()))
          .append("</th>");
      for (String option : grid.options()) {
        html.append("<th scope=\"col\">").append(escape(option)).append("</th>");
      }
      html.append("</tr></thead>\n<tbody>\n");
      for (DecisionSheet.GridRow row : grid.rows()) {
        html.append("<tr><th scope=\"row\">").append(escape(row.criterion())).append("</th>");
        for (String cell : row.cells()) {
          html.append("<td>").append(escape(cell)).append("</td>");
        }
        html.append("</tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    DecisionSheet.WeightTable weights = sheet.weights();
    if (!weights.rows().isEmpty()) {
      heading(html, weights.heading());
      html.append("<p class=\"note\">").append(escape(weights.method())).append("</p>\n");
      html.append("<table class=\"weights\">\n<thead><tr>");
      List<String> header = weights.header();
      for (int i = 0; i < header.size(); i++) {
        html.append(i == 1 ? "<th class=\"num\">" : "<th>").append(escape(header.get(i))).append("</th>");
      }
      html.append("</tr></thead>\n<tbody>\n");
      for (DecisionSheet.WeightRow row : weights.rows()) {
        html.append("<tr><td>").append(escape(row.criterion())).append("</td>")
            .append("<td class=\"num\">").append(escape(row.weight())).append("</td>")
            .append("<td>").append(escape(row.scale())).append("</td>")
            .append("<td>").append(escape(row.better())).append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    if (!sheet.gates().isEmpty()) {
      heading(html, sheet.gates().heading());
      list(html, "ul", sheet.gates().items());
    }
    if (!sheet.gutRanking().isEmpty()) {
      heading(html, sheet.gutRanking().heading());
      list(html, "ol", sheet.gutRanking().items());
    }
    if (!sheet.dates().isEmpty()) {
      heading(html, sheet.dates().heading());
      pairs(html, sheet.dates().items(), "dates");
    }
    if (!sheet.reflections().isEmpty()) {
      heading(html, sheet.reflections().heading());
      pairs(html, sheet.reflections().items(), "reflections");
    }
    return html.append("</section>\n").toString();
  }

  private static void heading(StringBuilder html, String text) {
    html.append("<h3>").append(escape(text)).append("</h3>\n");
  }

  private static void list(StringBuilder html, String tag, List<String> items) {
    html.append('<').append(tag).append(">\n");
    for (String item : items) {
      html.append("<li>").append(escape(item)).append("</li>\n");
    }
    html.append("</").append(tag).append(">\n");
  }

  /** Terms in bold, answers keeping the person's own line breaks. */
  private static void pairs(StringBuilder html, List<DecisionSheet.Pair> items, String kind) {
    html.append("<dl class=\"").append(kind).append("\">\n");
    for (DecisionSheet.Pair pair : items) {
      html.append("<dt style=\"font-weight: 600\">").append(escape(pair.label())).append("</dt>\n")
          .append("<dd style=\"white-space: pre-line; margin: 0 0 0.8em 1.2em\">")
          .append(escape(pair.text()))
          .append("</dd>\n");
    }
    html.append("</dl>\n");
  }

  private static String escape(String text) {
    return HtmlText.escape(text);
  }
}
