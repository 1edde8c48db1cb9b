package dev.crossroads.report;

import java.util.List;

/**
 * Two profiles of the same decision side by side (your weights and a mentor's): where their
 * weights and ratings differ most, and what each ranks first.
 */
public record TwoViews(
    String title,
    String first,
    String second,
    List<WeightRow> weights,
    List<RatingRow> ratings,
    List<RankRow> ranking,
    List<String> takeaways) {

  public TwoViews {
    weights = List.copyOf(weights);
    ratings = List.copyOf(ratings);
    ranking = List.copyOf(ranking);
    takeaways = List.copyOf(takeaways);
  }

  /** One criterion's normalised weight in each profile, sorted by the size of the gap. */
  public record WeightRow(String criterionId, String label, double first, double second) {
    public double gap() {
      return Math.abs(first - second);
    }
  }

  /** One rating that differs, as text in each profile, and the gap as a share of its scale. */
  public record RatingRow(
      String optionId, String criterionId, String label, String first, String second, double share) {}

  /** One option's weighted-sum score and rank in each profile. */
  public record RankRow(
      String optionId, String label, double firstScore, int firstRank, double secondScore, int secondRank) {}
}
