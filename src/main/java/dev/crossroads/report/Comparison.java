package dev.crossroads.report;

import dev.crossroads.TerminalText;
import dev.crossroads.decision.Rating;
import java.util.List;
import java.util.Optional;

/**
 * A base decision and its scenarios side by side, ready to lay out: per option its score and rank
 * in each column, the winner of each column (or the options tied for first), what each scenario
 * changes against the base, and the plain-language takeaways. Renderers only arrange it. Its
 * text is cleaned of terminal controls ({@link TerminalText}) as it is made; ids are keys, kept
 * as they are, and no text renderer prints them.
 */
public record Comparison(
    String title, List<Column> columns, List<Row> rows, List<Change> changes, List<String> takeaways) {

  public Comparison {
    title = TerminalText.clean(title);
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    changes = List.copyOf(changes);
    takeaways = TerminalText.clean(takeaways);
  }

  /**
   * One column: the base (always first) or a scenario, the option it ranks first (its verdict's
   * leader), the options tied with it ({@code tiedIds}, empty unless the verdict is a tie), its
   * verdict in words and the leader's chance of coming first.
   */
  public record Column(
      String name,
      String description,
      String winnerId,
      String winnerLabel,
      List<String> tiedIds,
      Summary.VerdictLines verdict,
      double chanceFirst) {
    public Column {
      name = TerminalText.clean(name);
      description = TerminalText.clean(description);
      winnerLabel = TerminalText.clean(winnerLabel);
      tiedIds = List.copyOf(tiedIds);
    }

    public boolean tie() {
      return !tiedIds.isEmpty();
    }

    /** True when no option passes every dealbreaker here: {@code winnerId} is then empty. */
    public boolean nonePasses() {
      return winnerId.isEmpty();
    }
  }

  /** How a cell stands in its column. */
  public enum Mark {
    WINNER,
    TIED,
    NONE
  }

  /** One option in one column: its weighted-sum score (0..1), rank, and gates. */
  public record Cell(double score, int rank, Mark mark, boolean passesGates) {}

  /** One option across the columns; {@code cells} follow {@link Comparison#columns()}. */
  public record Row(String optionId, String label, List<Cell> cells) {
    public Row {
      label = TerminalText.clean(label);
      cells = List.copyOf(cells);
    }
  }

  /** What the scenario does to the winner of the base. */
  public enum Outcome {
    SAME_WINNER,
    NEW_WINNER,
    NOW_TIED,
    /** The scenario leaves no option passing every dealbreaker. */
    NONE_PASSES
  }

  /** A criterion whose normalised weight differs from the base's. */
  public record WeightChange(String criterionId, String label, double before, double after) {
    public WeightChange {
      label = TerminalText.clean(label);
    }
  }

  /** A rating the scenario sets to something other than the base's. */
  public record RatingChange(
      String optionId, String criterionId, Optional<Rating> before, Rating after) {}

  /**
   * What one scenario changes against the base: the changed weights and ratings, the outcome for
   * the winner, and all of it phrased as lines.
   */
  public record Change(
      String scenario,
      String description,
      List<WeightChange> weights,
      List<RatingChange> ratings,
      Outcome outcome,
      List<String> lines) {
    public Change {
      scenario = TerminalText.clean(scenario);
      description = TerminalText.clean(description);
      weights = List.copyOf(weights);
      ratings = List.copyOf(ratings);
      lines = TerminalText.clean(lines);
    }
  }
}
