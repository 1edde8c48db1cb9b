package dev.crossroads.report;

import dev.crossroads.TerminalText;
import java.util.List;

/**
 * Two profiles of the same decision side by side (your weights and a mentor's, say): whose
 * weights differ most, which ratings differ most by share of their scale, and how each one ranks
 * the options. {@code left} and {@code right} name the two profiles as the person typed them.
 * Its text is cleaned of terminal controls ({@link TerminalText}) as it is made; ids are keys.
 */
public record ProfileComparison(
    String title,
    String left,
    String right,
    List<WeightRow> weights,
    List<RatingRow> ratings,
    List<RankRow> ranking,
    Side leftWinner,
    Side rightWinner,
    List<String> takeaways) {

  public ProfileComparison {
    title = TerminalText.clean(title);
    left = TerminalText.clean(left);
    right = TerminalText.clean(right);
    weights = List.copyOf(weights);
    ratings = List.copyOf(ratings);
    ranking = List.copyOf(ranking);
    takeaways = TerminalText.clean(takeaways);
  }

  /** One criterion's normalised weight in each profile; rows come largest difference first. */
  public record WeightRow(String criterionId, String label, double left, double right) {
    public WeightRow {
      label = TerminalText.clean(label);
    }

    public double difference() {
      return right - left;
    }
  }

  /**
   * One rating that differs, phrased for each profile; {@code share} is how far apart their
   * central values are as a share of the criterion's scale. Rows come largest share first.
   */
  public record RatingRow(
      String optionId,
      String criterionId,
      String optionLabel,
      String criterionLabel,
      String leftText,
      String rightText,
      double share) {
    public RatingRow {
      optionLabel = TerminalText.clean(optionLabel);
      criterionLabel = TerminalText.clean(criterionLabel);
      leftText = TerminalText.clean(leftText);
      rightText = TerminalText.clean(rightText);
    }
  }

  /**
   * One option's weighted-sum score (0..1), rank and mark (first, tied with the first, or
   * neither) in each profile, in the left one's order.
   */
  public record RankRow(
      String optionId,
      String label,
      double leftScore,
      int leftRank,
      Comparison.Mark leftMark,
      double rightScore,
      int rightRank,
      Comparison.Mark rightMark) {
    public RankRow {
      label = TerminalText.clean(label);
    }
  }

  /**
   * The option a profile ranks first (its verdict's leader), whether its verdict is a tie with
   * {@code secondLabel}, the kind of its verdict ("clear", "tie"...) and the verdict in words.
   */
  public record Side(
      String winnerId,
      String winnerLabel,
      boolean tie,
      String secondLabel,
      String verdictKind,
      Summary.VerdictLines verdict) {
    public Side {
      winnerLabel = TerminalText.clean(winnerLabel);
      secondLabel = TerminalText.clean(secondLabel);
    }
  }
}
