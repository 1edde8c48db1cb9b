package dev.crossroads.report;

import dev.crossroads.Messages;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.MethodRanking;
import dev.crossroads.analysis.RankedOption;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.Scenario;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Comparison} from analyses already run; it computes nothing new. */
public final class ComparisonBuilder {
  private final Messages messages;

  public ComparisonBuilder(Messages messages) {
    this.messages = messages;
  }

  /** A scenario, the decision as it describes it, and that decision's analysis. */
  public record Variant(Scenario scenario, Decision decision, AnalysisResult result) {}

  public Comparison build(Decision base, AnalysisResult baseResult, List<Variant> variants) {
    List<Comparison.Column> columns = new ArrayList<>();
    columns.add(column(messages.get("compare.base"), "", base, baseResult));
    for (Variant v : variants) {
      columns.add(column(v.scenario().name(), v.scenario().description(), v.decision(), v.result()));
    }
    List<Comparison.Row> rows = new ArrayList<>();
    for (Option option : base.options()) {
      List<Double> scores = new ArrayList<>();
      List<Integer> ranks = new ArrayList<>();
      add(baseResult, option.id(), scores, ranks);
      for (Variant v : variants) {
        add(v.result(), option.id(), scores, ranks);
      }
      rows.add(new Comparison.Row(option.id(), option.label(), scores, ranks));
    }
    rows.sort(java.util.Comparator.comparingInt(r -> r.ranks().get(0)));

    List<Comparison.Change> changes = new ArrayList<>();
    String baseWinner = columns.get(0).winnerId();
    for (int k = 0; k < variants.size(); k++) {
      Variant v = variants.get(k);
      Comparison.Column column = columns.get(k + 1);
      changes.add(change(base, baseResult, v, column, columns.get(0)));
    }
    return new Comparison(base.title(), columns, rows, changes, takeaways(columns, baseWinner, rows));
  }

  private static Comparison.Column column(
      String name, String description, Decision decision, AnalysisResult result) {
    String winner = wsm(result).winner();
    String label =
        decision.options().stream()
            .filter(o -> o.id().equals(winner))
            .map(Option::label)
            .findFirst()
            .orElse(winner);
    return new Comparison.Column(name, description, winner, label);
  }

  private static MethodRanking wsm(AnalysisResult result) {
    return result.method("wsm").orElseThrow();
  }

  private static void add(AnalysisResult result, String optionId, List<Double> scores, List<Integer> ranks) {
    RankedOption row = wsm(result).option(optionId).orElseThrow();
    scores.add(row.score());
    ranks.add(row.rank());
  }

  private Comparison.Change change(
      Decision base,
      AnalysisResult baseResult,
      Variant variant,
      Comparison.Column column,
      Comparison.Column baseColumn) {
    List<String> lines = new ArrayList<>();
    for (Criterion c : base.criteria()) {
      double before = baseResult.weights().getOrDefault(c.id(), 0.0);
      double after = variant.result().weights().getOrDefault(c.id(), 0.0);
      if (Math.abs(before - after) >= 0.005) {
        lines.add(
            messages.get(
                "compare.change.weight",
                c.label(),
                Numbers.percent(before),
                Numbers.percent(after)));
      }
    }
    variant
        .scenario()
        .ratings()
        .forEach(
            (optionId, cells) ->
                cells.forEach(
                    (criterionId, rating) -> {
                      Rating before = base.rating(optionId, criterionId);
                      lines.add(
                          messages.get(
                              "compare.change.rating",
                              label(base, optionId),
                              base.criteria().get(base.criterionIndex(criterionId)).label(),
                              text(before),
                              text(rating)));
                    }));
    boolean changed = !column.winnerId().equals(baseColumn.winnerId());
    lines.add(
        changed
            ? messages.get("compare.change.winner", baseColumn.winnerLabel(), column.winnerLabel())
            : messages.get("compare.change.sameWinner", column.winnerLabel()));
    return new Comparison.Change(variant.scenario().name(), lines, changed);
  }

  private String text(Rating rating) {
    if (rating instanceof Rating.Range r) {
      return r.likely().isPresent()
          ? messages.get(
              "compare.rangeLikely",
              Numbers.value(r.low()),
              Numbers.value(r.likely().getAsDouble()),
              Numbers.value(r.high()))
          : messages.get("compare.range", Numbers.value(r.low()), Numbers.value(r.high()));
    }
    return Numbers.value(rating.central());
  }

  private static String label(Decision decision, String optionId) {
    return decision.options().get(decision.optionIndex(optionId)).label();
  }

  private List<String> takeaways(
      List<Comparison.Column> columns, String baseWinner, List<Comparison.Row> rows) {
    List<String> out = new ArrayList<>();
    int scenarios = columns.size() - 1;
    long same = columns.stream().skip(1).filter(c -> c.winnerId().equals(baseWinner)).count();
    if (scenarios == 0) {
      out.add(messages.get("compare.takeaway.noScenarios"));
    } else if (same == scenarios) {
      out.add(messages.get("compare.takeaway.stable", columns.get(0).winnerLabel(), scenarios));
    } else {
      out.add(
          messages.get(
              "compare.takeaway.mostly", columns.get(0).winnerLabel(), same, scenarios));
      for (Comparison.Column c : columns.subList(1, columns.size())) {
        if (!c.winnerId().equals(baseWinner)) {
          out.add(messages.get("compare.takeaway.flip", c.name(), c.winnerLabel()));
        }
      }
    }
    for (int k = 0; k < columns.size(); k++) {
      final int col = k;
      List<Comparison.Row> ordered = new ArrayList<>(rows);
      ordered.sort(java.util.Comparator.comparingInt(r -> r.ranks().get(col)));
      if (ordered.size() > 1
          && Math.abs(ordered.get(0).scores().get(col) - ordered.get(1).scores().get(col))
              < SummaryBuilder.TIE) {
        out.add(
            messages.get(
                "compare.takeaway.tie",
                columns.get(col).name(),
                ordered.get(0).label(),
                ordered.get(1).label()));
      }
    }
    return out;
  }
}
