package dev.crossroads.report;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.MethodRanking;
import dev.crossroads.analysis.RankedOption;
import dev.crossroads.analysis.Verdict;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link Comparison} from analyses already run: it reads the weighted-sum scores, ranks
 * and weights of each and phrases what differs; it computes no new figure.
 */
public final class ComparisonBuilder {
  /** A score change worth a sentence of its own: two points out of 100. */
  static final double NOTABLE_MOVE = 0.02;

  private final Messages messages;

  public ComparisonBuilder(Messages messages) {
    this.messages = messages;
  }

  /** A scenario, the decision as it describes it, and that decision's analysis. */
  public record Variant(Scenario scenario, Decision decision, AnalysisResult result) {}

  public Comparison build(Decision base, AnalysisResult baseResult, List<Variant> variants) {
    List<Comparison.Column> columns = new ArrayList<>();
    columns.add(column(messages.get("compare.s.base"), "", base, baseResult));
    for (Variant v : variants) {
      columns.add(column(v.scenario().name(), v.scenario().description(), v.decision(), v.result()));
    }
    List<AnalysisResult> results = new ArrayList<>();
    results.add(baseResult);
    variants.forEach(v -> results.add(v.result()));

    List<Comparison.Row> rows = new ArrayList<>();
    for (Option option : base.options()) {
      List<Comparison.Cell> cells = new ArrayList<>();
      for (int k = 0; k < results.size(); k++) {
        RankedOption ranked = wsm(results.get(k)).option(option.id()).orElseThrow();
        Comparison.Column column = columns.get(k);
        Comparison.Mark mark =
            column.winnerId().equals(option.id())
                ? Comparison.Mark.WINNER
                : column.tiedIds().contains(option.id())
                    ? Comparison.Mark.TIED
                    : Comparison.Mark.NONE;
        cells.add(new Comparison.Cell(ranked.score(), ranked.rank(), mark, ranked.passesGates()));
      }
      rows.add(new Comparison.Row(option.id(), option.label(), cells));
    }
    rows.sort(Comparator.comparingInt(r -> r.cells().get(0).rank()));

    List<Comparison.Change> changes = new ArrayList<>();
    for (int k = 0; k < variants.size(); k++) {
      changes.add(change(base, baseResult, variants.get(k), columns.get(0), columns.get(k + 1)));
    }
    return new Comparison(
        base.title(), columns, rows, changes, takeaways(columns, rows, changes));
  }

  private Comparison.Column column(
      String name, String description, Decision decision, AnalysisResult result) {
    Verdict verdict = result.verdict();
    // With no option passing every dealbreaker the column has no winner at all.
    String first = verdict.leader().orElse("");
    List<String> tied = verdict.tied().stream().filter(id -> !id.equals(first)).toList();
    return new Comparison.Column(
        name,
        description,
        first,
        first.isEmpty() ? messages.get("compare.s.noWinner") : label(decision, first),
        tied,
        new VerdictText(messages, decision).of(result),
        verdict.chanceFirst());
  }

  private static MethodRanking wsm(AnalysisResult result) {
    return result.method("wsm").orElseThrow();
  }

  private Comparison.Change change(
      Decision base,
      AnalysisResult baseResult,
      Variant variant,
      Comparison.Column baseColumn,
      Comparison.Column column) {
    List<String> lines = new ArrayList<>();
    List<Comparison.WeightChange> weights = new ArrayList<>();
    for (Criterion c : base.criteria()) {
      double before = baseResult.weights().getOrDefault(c.id(), 0.0);
      double after = variant.result().weights().getOrDefault(c.id(), 0.0);
      // A difference too small to show in whole percentages is not a change anyone would read.
      if (!Numbers.percent(before).equals(Numbers.percent(after))) {
        weights.add(new Comparison.WeightChange(c.id(), c.label(), before, after));
        lines.add(
            messages.get(
                "compare.s.weight", c.label(), Numbers.percent(before), Numbers.percent(after)));
      }
    }
    List<Comparison.RatingChange> ratings = new ArrayList<>();
    for (Map.Entry<String, Map<String, Rating>> row : variant.scenario().ratings().entrySet()) {
      for (Map.Entry<String, Rating> cell : row.getValue().entrySet()) {
        int ci = base.criterionIndex(cell.getKey());
        if (ci < 0 || base.optionIndex(row.getKey()) < 0) {
          continue;
        }
        Criterion criterion = base.criteria().get(ci);
        Optional<Rating> before = rating(base, row.getKey(), cell.getKey());
        if (before.isPresent() && same(before.get(), cell.getValue())) {
          continue;
        }
        ratings.add(
            new Comparison.RatingChange(row.getKey(), cell.getKey(), before, cell.getValue()));
        lines.add(
            messages.get(
                "compare.s.rating",
                label(base, row.getKey()),
                criterion.label(),
                before.map(r -> ValueText.rating(messages, criterion, r)).orElse("-"),
                ValueText.rating(messages, criterion, cell.getValue())));
      }
    }
    if (weights.isEmpty() && ratings.isEmpty()) {
      lines.add(messages.get("compare.s.nothing"));
    }
    lines.add(messages.get("compare.s.verdict", column.verdict().paragraph()));
    Comparison.Outcome outcome;
    if (column.nonePasses()) {
      outcome = baseColumn.nonePasses() ? Comparison.Outcome.SAME_WINNER : Comparison.Outcome.NONE_PASSES;
      lines.add(messages.get("compare.s.nonePasses"));
    } else if (baseColumn.nonePasses()) {
      outcome = Comparison.Outcome.NEW_WINNER;
      lines.add(messages.get("compare.s.nowPasses", column.winnerLabel()));
    } else if (column.winnerId().equals(baseColumn.winnerId())) {
      outcome = Comparison.Outcome.SAME_WINNER;
      lines.add(
          column.tie()
              ? messages.get(
                  "compare.s.sameWinnerTied", column.winnerLabel(), tiedLabels(variant, column))
              : messages.get("compare.s.sameWinner", column.winnerLabel()));
    } else if (column.tiedIds().contains(baseColumn.winnerId())) {
      outcome = Comparison.Outcome.NOW_TIED;
      lines.add(
          messages.get("compare.s.nowTied", baseColumn.winnerLabel(), column.winnerLabel()));
    } else {
      outcome = Comparison.Outcome.NEW_WINNER;
      lines.add(
          messages.get("compare.s.newWinner", baseColumn.winnerLabel(), column.winnerLabel()));
    }
    return new Comparison.Change(
        variant.scenario().name(), variant.scenario().description(), weights, ratings, outcome, lines);
  }

  private static String tiedLabels(Variant variant, Comparison.Column column) {
    return String.join(
        ", ", column.tiedIds().stream().map(id -> label(variant.decision(), id)).toList());
  }

  private static Optional<Rating> rating(Decision decision, String optionId, String criterionId) {
    Map<String, Rating> row = decision.ratings().get(optionId);
    return Optional.ofNullable(row == null ? null : row.get(criterionId));
  }

  private static boolean same(Rating a, Rating b) {
    return a.low() == b.low() && a.high() == b.high() && a.central() == b.central();
  }

  private static String label(Decision decision, String optionId) {
    int index = decision.optionIndex(optionId);
    return index < 0 ? optionId : decision.options().get(index).label();
  }

  private List<String> takeaways(
      List<Comparison.Column> columns, List<Comparison.Row> rows, List<Comparison.Change> changes) {
    List<String> out = new ArrayList<>();
    Comparison.Column base = columns.get(0);
    out.add(messages.get("compare.s.takeaway.base", base.verdict().paragraph()));
    int scenarios = changes.size();
    if (scenarios == 0) {
      out.add(messages.get("compare.s.takeaway.none"));
      return out;
    }
    long same = changes.stream().filter(c -> c.outcome() == Comparison.Outcome.SAME_WINNER).count();
    if (base.nonePasses()) {
      // The base's verdict already says no option passes; each scenario's line says what changes.
    } else if (same == scenarios) {
      out.add(messages.get("compare.s.takeaway.stable", base.winnerLabel(), scenarios));
    } else {
      out.add(messages.get("compare.s.takeaway.mostly", base.winnerLabel(), same, scenarios));
    }
    for (int k = 0; k < scenarios; k++) {
      Comparison.Change change = changes.get(k);
      Comparison.Column column = columns.get(k + 1);
      String when =
          change.description().isBlank()
              ? messages.get("compare.s.ifName", change.scenario())
              : change.description().strip();
      switch (change.outcome()) {
        case NEW_WINNER ->
            out.add(messages.get("compare.s.takeaway.flip", when, column.winnerLabel()));
        case NOW_TIED ->
            out.add(
                messages.get("compare.s.takeaway.tied", when, base.winnerLabel(), column.winnerLabel()));
        case NONE_PASSES ->
            out.add(messages.get("compare.s.takeaway.nonePasses", when));
        case SAME_WINNER -> {}
      }
    }
    biggestMove(columns, rows)
        .ifPresent(out::add);
    return out;
  }

  /** The largest score change of any option in any scenario, when it is worth a sentence. */
  private Optional<String> biggestMove(List<Comparison.Column> columns, List<Comparison.Row> rows) {
    double best = NOTABLE_MOVE;
    String text = null;
    for (Comparison.Row row : rows) {
      double before = row.cells().get(0).score();
      for (int k = 1; k < columns.size(); k++) {
        double after = row.cells().get(k).score();
        if (Math.abs(after - before) >= best) {
          best = Math.abs(after - before);
          text =
              messages.get(
                  after > before ? "compare.s.takeaway.up" : "compare.s.takeaway.down",
                  row.label(),
                  Numbers.score(before),
                  Numbers.score(after),
                  columns.get(k).name());
        }
      }
    }
    return Optional.ofNullable(text);
  }

}
