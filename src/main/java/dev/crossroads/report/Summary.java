package dev.crossroads.report;

import dev.crossroads.TerminalText;
import java.util.List;
import java.util.Objects;

/**
 * What a summary says, in the person's language, before it is laid out: the renderers (text,
 * Markdown, HTML) only arrange these rows and sentences. The verdict comes first, as the analysis
 * decided it, then what to find out first; the explanation of the methods comes last. Every
 * text in it is cleaned of terminal controls ({@link TerminalText}) as the summary is made,
 * before any renderer measures or colours it. {@code scoresInWords} says what the chart of the
 * ranking's {@link RankRow#contributions} shows, one sentence an option, for whoever cannot see
 * the chart.
 */
public record Summary(
    String title,
    VerdictLines verdict,
    FindOut findOut,
    List<String> criteria,
    List<RankRow> ranking,
    List<String> scoresInWords,
    List<WeightRow> weights,
    List<String> methodNotes,
    String sensitivityHeader,
    List<SensitivityRow> sensitivity,
    String ratingChange,
    String robustnessHeader,
    List<String> dealbreakerRisks,
    List<String> takeaways,
    List<String> uncertainties,
    List<String> notes,
    List<String> howItWasWorkedOut) {

  /** The bundle keys of the ranking table's column names, in every renderer's order. */
  static final List<String> RANKING_COLUMNS =
      List.of(
          "report.rank",
          "report.option",
          "report.score",
          "report.wpm",
          "report.topsis",
          "report.chanceFirst");

  /** The bundle keys of the sensitivity table's column names. */
  static final List<String> SENSITIVITY_COLUMNS =
      List.of("report.criterion", "report.weight", "report.range", "report.takesOver");

  public Summary {
    // One-line fields (a title, a label in a chart row) keep no line break: a break from a
    // profile would split a chart row and throw its columns off.
    title = TerminalText.line(title);
    criteria = TerminalText.lines(criteria);
    ranking = List.copyOf(ranking);
    scoresInWords = TerminalText.clean(scoresInWords);
    weights = List.copyOf(weights);
    methodNotes = TerminalText.clean(methodNotes);
    sensitivityHeader = TerminalText.clean(sensitivityHeader);
    sensitivity = List.copyOf(sensitivity);
    ratingChange = TerminalText.clean(ratingChange);
    robustnessHeader = TerminalText.clean(robustnessHeader);
    dealbreakerRisks = TerminalText.clean(dealbreakerRisks);
    takeaways = TerminalText.clean(takeaways);
    uncertainties = TerminalText.clean(uncertainties);
    notes = TerminalText.clean(notes);
    howItWasWorkedOut = TerminalText.clean(howItWasWorkedOut);
  }

  /**
   * The verdict in words: {@code kind} is the verdict kind's id ("clear", "none-passes"), {@code
   * leader} the leading option's label (empty when no option passes), {@code tag} the kind in a
   * few words and {@code sentences} what it means, the first of them naming the leader.
   */
  public record VerdictLines(String kind, String leader, String tag, List<String> sentences) {
    public VerdictLines {
      leader = TerminalText.line(leader);
      tag = TerminalText.clean(tag);
      sentences = TerminalText.clean(sentences);
    }

    /** The tag and the sentences as one paragraph. */
    public String paragraph() {
      return tag + " " + String.join(" ", sentences);
    }
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
      label = TerminalText.line(label);
      contributions = List.copyOf(contributions);
    }
  }

  /**
   * What to find out first, in words: {@code intro} says which option "your choice" means when it
   * is not the verdict's leader (else empty), {@code items} name the inputs that would change the
   * choice, most valuable first, and {@code closing} says what the rest would do, or that nothing
   * would change the choice (empty when every input was named).
   */
  public record FindOut(String intro, List<String> items, String closing) {
    public FindOut {
      intro = TerminalText.clean(Objects.requireNonNull(intro, "intro"));
      items = items.stream().map(TerminalText::clean).toList();
      closing = TerminalText.clean(Objects.requireNonNull(closing, "closing"));
    }
  }

  /** One criterion and its normalised weight. */
  public record WeightRow(String label, double weight) {
    public WeightRow {
      label = TerminalText.line(label);
    }
  }

  /** One criterion's stability range for the winner, already phrased. */
  public record SensitivityRow(
      String label, double weight, double low, double high, String range, String takeover) {
    public SensitivityRow {
      label = TerminalText.line(label);
      range = TerminalText.clean(range);
      takeover = TerminalText.clean(takeover);
    }
  }
}
