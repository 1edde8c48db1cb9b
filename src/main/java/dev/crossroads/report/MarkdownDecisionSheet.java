package dev.crossroads.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link DecisionSheet} as a Markdown section to append to a report: the grid and the weights
 * as tables, the person's reflections quoted under their prompts.
 */
public final class MarkdownDecisionSheet {
  public String render(DecisionSheet sheet) {
    return String.join("\n", lines(sheet)) + "\n";
  }

  public List<String> lines(DecisionSheet sheet) {
    List<String> out = new ArrayList<>();
    out.add("## " + text(sheet.heading()));
    DecisionSheet.Grid grid = sheet.grid();
    if (!grid.rows().isEmpty() && !grid.options().isEmpty()) {
      heading(out, grid.heading());
      List<String> header = new ArrayList<>();
      header.add(grid.corner());
      header.addAll(grid.options());
      out.add(row(header));
      out.add("|" + " --- |".repeat(header.size()));
      for (DecisionSheet.GridRow r : grid.rows()) {
        List<String> cells = new ArrayList<>();
        cells.add(r.criterion());
        cells.addAll(r.cells());
        out.add(row(cells));
      }
    }
    DecisionSheet.WeightTable weights = sheet.weights();
    if (!weights.rows().isEmpty()) {
      heading(out, weights.heading());
      out.add(text(weights.method()));
      out.add("");
      out.add(row(weights.header()));
      out.add("| --- | ---: | --- | --- |");
      for (DecisionSheet.WeightRow r : weights.rows()) {
        out.add(row(List.of(r.criterion(), r.weight(), r.scale(), r.better())));
      }
    }
    if (!sheet.gates().isEmpty()) {
      heading(out, sheet.gates().heading());
      sheet.gates().items().forEach(item -> out.add("- " + text(item)));
    }
    if (!sheet.gutRanking().isEmpty()) {
      heading(out, sheet.gutRanking().heading());
      List<String> labels = sheet.gutRanking().items();
      for (int i = 0; i < labels.size(); i++) {
        out.add((i + 1) + ". " + text(labels.get(i)));
      }
    }
    if (!sheet.dates().isEmpty()) {
      heading(out, sheet.dates().heading());
      sheet.dates().items().forEach(p -> out.add("- " + text(p.label()) + ": " + text(p.text())));
    }
    if (!sheet.reflections().isEmpty()) {
      heading(out, sheet.reflections().heading());
      for (DecisionSheet.Pair pair : sheet.reflections().items()) {
        out.add("**" + text(pair.label()) + "**");
        out.add("");
        for (String line : pair.text().split("\\R")) {
          out.add(line.isBlank() ? ">" : "> " + text(line));
        }
        out.add("");
      }
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static void heading(List<String> out, String text) {
    out.add("");
    out.add("### " + text(text));
    out.add("");
  }

  private static String row(List<String> cells) {
    return MarkdownText.row(MarkdownText.inline(cells));
  }

  /** Text the person wrote, shown as written and never as markup ({@link MarkdownText}). */
  private static String text(String text) {
    return MarkdownText.inline(text);
  }
}
