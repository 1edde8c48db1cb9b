package dev.crossroads.report;

import java.util.List;

/**
 * A base decision and its scenarios side by side, phrased and ready to lay out: per option its
 * score and rank in each column, the winner of each column, what each scenario changes, and what
 * that means.
 */
public record Comparison(
    String title,
    List<Column> columns,
    List<Row> rows,
    List<Change> changes,
    List<String> takeaways) {

  public Comparison {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    changes = List.copyOf(changes);
    takeaways = List.copyOf(takeaways);
  }

  /** One column: the base or a scenario, and the option it ranks first. */
  public record Column(String name, String description, String winnerId, String winnerLabel) {}

  /** One option across the columns; {@code scores} and {@code ranks} follow the columns. */
  public record Row(String optionId, String label, List<Double> scores, List<Integer> ranks) {
    public Row {
      scores = List.copyOf(scores);
      ranks = List.copyOf(ranks);
    }
  }

  /** What one scenario changes against the base, one phrased line each. */
  public record Change(String scenario, List<String> lines, boolean winnerChanged) {
    public Change {
      lines = List.copyOf(lines);
    }
  }
}
