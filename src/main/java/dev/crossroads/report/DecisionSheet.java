package dev.crossroads.report;

import dev.crossroads.TerminalText;
import java.util.List;
import java.util.Objects;

/**
 * The whole decision as the person gave it, to show back: the ratings grid, the weights and how
 * they were set, the dealbreakers, the gut ranking, the dates and every reflection with its
 * prompt. All text is already phrased from the bundles; renderers only lay it out. An empty
 * section is left out by every renderer. Every text is cleaned of terminal controls ({@link
 * TerminalText}) as the sheet is made: the person's answers and the template's prompts come from
 * files that may be shared.
 *
 * @param heading the sheet's own heading ("Your answers")
 */
public record DecisionSheet(
    String heading,
    Grid grid,
    WeightTable weights,
    Listing gates,
    Listing gutRanking,
    Pairs dates,
    Pairs reflections) {

  public DecisionSheet {
    heading = TerminalText.clean(Objects.requireNonNull(heading, "heading"));
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(gates, "gates");
    Objects.requireNonNull(gutRanking, "gutRanking");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(reflections, "reflections");
  }

  /**
   * The ratings: one row per criterion, one column per option, each cell with its unit or scale.
   *
   * @param corner the header over the criteria column ("Criterion")
   */
  public record Grid(String heading, String corner, List<String> options, List<GridRow> rows) {
    public Grid {
      heading = TerminalText.clean(heading);
      corner = TerminalText.clean(corner);
      options = TerminalText.clean(options);
      rows = List.copyOf(rows);
    }
  }

  /** One criterion's ratings, a cell per option in the grid's option order. */
  public record GridRow(String criterion, List<String> cells) {
    public GridRow {
      criterion = TerminalText.clean(criterion);
      cells = TerminalText.clean(cells);
    }
  }

  /**
   * The criteria with their normalised weights, scales and directions.
   *
   * @param method how the weights were set, in a sentence
   * @param header the column names: criterion, weight, scale, which way is better
   */
  public record WeightTable(String heading, String method, List<String> header, List<WeightRow> rows) {
    public WeightTable {
      heading = TerminalText.clean(heading);
      method = TerminalText.clean(method);
      header = TerminalText.clean(header);
      rows = List.copyOf(rows);
    }
  }

  /** @param weight a whole percentage ("25%") */
  public record WeightRow(String criterion, String weight, String scale, String better) {
    public WeightRow {
      criterion = TerminalText.clean(criterion);
      weight = TerminalText.clean(weight);
      scale = TerminalText.clean(scale);
      better = TerminalText.clean(better);
    }
  }

  /** A heading and its items, one text each: sentences, or labels in order, best first. */
  public record Listing(String heading, List<String> items) {
    public Listing {
      heading = TerminalText.clean(heading);
      items = TerminalText.clean(items);
    }

    public boolean isEmpty() {
      return items.isEmpty();
    }
  }

  /** A heading and label-text pairs: a date and its name, a prompt and its answer. */
  public record Pairs(String heading, List<Pair> items) {
    public Pairs {
      heading = TerminalText.clean(heading);
      items = List.copyOf(items);
    }

    public boolean isEmpty() {
      return items.isEmpty();
    }
  }

  public record Pair(String label, String text) {
    public Pair {
      label = TerminalText.clean(label);
      text = TerminalText.clean(text);
    }
  }
}
