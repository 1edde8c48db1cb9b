package dev.crossroads.report;

import java.util.List;

/**
 * What a summary says, in the person's language, before it is laid out: the renderers (text,
 * Markdown) only arrange these rows and sentences.
 */
public record Summary(
    String title,
    List<String> criteria,
    List<RankRow> ranking,
    List<WeightRow> weights,
    List<String> methodNotes,
    String sensitivityHeader,
    List<SensitivityRow> sensitivity,
    String ratingChange,
    String robustnessHeader,
    List<String> takeaways,
    List<String> uncertainties,
    List<String> notes) {

  public Summary {
    criteria = List.copyOf(criteria);
    ranking = List.copyOf(ranking);
    weights = List.copyOf(weights);
    methodNotes = List.copyOf(methodNotes);
    sensitivity = List.copyOf(sensitivity);
    takeaways = List.copyOf(takeaways);
    uncertainties = List.copyOf(uncertainties);
    notes = List.copyOf(notes);
  }

  /**
   * One option's line in the ranking, in weighted-sum order. {@code contributions} split its
   * weighted-sum score by criterion, in the order of {@link Summary#criteria()}.
   */
  public record RankRow(
      int rank,
      String label,
      double score,
      int wpmRank,
      int topsisRank,
      double chanceFirst,
      double chanceError,
      boolean failsGates,
      List<Double> contributions) {
    public RankRow {
      contributions = List.copyOf(contributions);
    }
  }

  /** One criterion and its normalised weight. */
  public record WeightRow(String label, double weight) {}

  /** One criterion's stability range for the winner, already phrased. */
  public record SensitivityRow(
      String label, double weight, double low, double high, String range, String takeover) {}
}
