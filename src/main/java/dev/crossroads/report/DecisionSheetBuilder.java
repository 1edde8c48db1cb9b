package dev.crossroads.report;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.InvalidDecisionException;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.weighting.Weighting;
import dev.crossroads.weighting.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases a {@link DecisionSheet} from a decision alone: its ratings with units, its weights,
 * gates, gut ranking, dates and reflections. Reflection prompts come in as a map from prompt id to
 * the prompt's text (the caller reads them from the question bank); an answer whose prompt is not
 * there is labelled with its id made readable ("plan-b" reads "Plan b").
 */
public final class DecisionSheetBuilder {
  private static final String NONE = "-";

  private final Messages messages;

  public DecisionSheetBuilder(Messages messages) {
    this.messages = messages;
  }

  public DecisionSheet build(Decision decision, Map<String, String> prompts) {
    PlanPairs plan = new PlanPairs(messages);
    return new DecisionSheet(
        messages.get("sheet.heading"),
        grid(decision),
        weights(decision),
        gates(decision),
        new DecisionSheet.Listing(
            messages.get("sheet.gut"),
            decision.meta().gutRanking().stream().map(id -> optionLabel(decision, id)).toList()),
        dates(decision),
        reflections(decision, prompts),
        plan.plan(decision.meta().plan()),
        plan.steps(decision.meta().plan()),
        plan.journal(decision.meta()));
  }

  private DecisionSheet.Grid grid(Decision decision) {
    List<DecisionSheet.GridRow> rows = new ArrayList<>();
    for (Criterion criterion : decision.criteria()) {
      List<String> cells = new ArrayList<>();
      for (Option option : decision.options()) {
        Rating rating = decision.ratings().getOrDefault(option.id(), Map.of()).get(criterion.id());
        cells.add(rating == null ? NONE : ValueText.rating(messages, criterion, rating));
      }
      rows.add(new DecisionSheet.GridRow(criterion.label(), cells));
    }
    return new DecisionSheet.Grid(
        messages.get("sheet.ratings"),
        messages.get("sheet.criterion"),
        decision.options().stream().map(Option::label).toList(),
        rows);
  }

  private DecisionSheet.WeightTable weights(Decision decision) {
    Optional<Weights> weights;
    try {
      weights = Optional.of(Weighting.compute(decision.criteria(), decision.weights()));
    } catch (InvalidDecisionException e) {
      // A half-finished draft may not weigh yet; its other answers are still worth showing.
      weights = Optional.empty();
    }
    List<DecisionSheet.WeightRow> rows = new ArrayList<>();
    for (Criterion criterion : decision.criteria()) {
      Double share = weights.map(w -> w.byCriterion().get(criterion.id())).orElse(null);
      rows.add(
          new DecisionSheet.WeightRow(
              criterion.label(),
              share == null ? NONE : Numbers.percent(share),
              ValueText.scale(messages, criterion),
              messages.get(criterion.isBenefit() ? "sheet.better.higher" : "sheet.better.lower")));
    }
    return new DecisionSheet.WeightTable(
        messages.get("sheet.weights"),
        method(decision, weights),
        List.of(
            messages.get("sheet.criterion"),
            messages.get("sheet.weight"),
            messages.get("sheet.scale"),
            messages.get("sheet.better")),
        rows);
  }

  /** How the weights were given; a fixed share (the money view's net worth) is said after it. */
  private String method(Decision decision, Optional<Weights> weights) {
    if (decision.weights() instanceof WeightInput.Shared s) {
      int at = decision.criterionIndex(s.criterion());
      String label = at < 0 ? s.criterion() : decision.criteria().get(at).label();
      // With criteria left without weight (money counted once), "the others" must not sound
      // like every other criterion: those get 0% in the table beside this sentence.
      String key = s.without().isEmpty() ? "sheet.method.share" : "sheet.method.shareWithout";
      return method(s.rest(), weights) + " " + messages.get(key, label,
          Numbers.percent(s.percent() / 100));
    }
    return method(decision.weights(), weights);
  }

  private String method(WeightInput input, Optional<Weights> weights) {
    if (input instanceof WeightInput.Points) {
      return messages.get("sheet.method.points");
    }
    if (input instanceof WeightInput.RankOrder) {
      return messages.get("sheet.method.rank");
    }
    if (input instanceof WeightInput.Direct) {
      return messages.get("sheet.method.direct");
    }
    return weights
        .flatMap(Weights::consistency)
        .map(
            c ->
                messages.get(
                    c.acceptable() ? "sheet.method.pairs" : "sheet.method.pairsInconsistent",
                    Numbers.fixed(c.consistencyRatio(), 2)))
        .orElse(messages.get("sheet.method.pairsOnly"));
  }

  private DecisionSheet.Listing gates(Decision decision) {
    List<String> items = new ArrayList<>();
    for (Gate gate : decision.gates()) {
      int index = decision.criterionIndex(gate.criterionId());
      if (index < 0) {
        continue;
      }
      Criterion criterion = decision.criteria().get(index);
      String limit;
      if (gate.atLeast().isPresent() && gate.atMost().isPresent()) {
        limit =
            messages.get(
                "sheet.gate.between",
                ValueText.range(
                    messages,
                    criterion,
                    gate.atLeast().getAsDouble(),
                    java.util.OptionalDouble.empty(),
                    gate.atMost().getAsDouble()));
      } else if (gate.atLeast().isPresent()) {
        limit = messages.get("sheet.gate.atLeast", threshold(criterion, gate.atLeast().getAsDouble()));
      } else if (gate.atMost().isPresent()) {
        limit = messages.get("sheet.gate.atMost", threshold(criterion, gate.atMost().getAsDouble()));
      } else {
        continue;
      }
      List<String> failing = new ArrayList<>();
      List<String> mayFail = new ArrayList<>();
      for (Option option : decision.options()) {
        Rating rating = decision.ratings().getOrDefault(option.id(), Map.of()).get(criterion.id());
        if (rating == null) {
          continue;
        }
        if (!gate.passes(rating.central())) {
          failing.add(option.label());
        } else if (!gate.passes(rating.low()) || !gate.passes(rating.high())) {
          // Met on the person's own rating, but not everywhere in the range they gave.
          mayFail.add(option.label());
        }
      }
      String item = messages.get("sheet.gate", criterion.label(), limit);
      String ranges = String.join(", ", mayFail);
      if (failing.isEmpty()) {
        items.add(
            mayFail.isEmpty()
                ? messages.get("sheet.gate.allPass", item)
                : messages.get("sheet.gate.allPassButRanges", item, ranges));
      } else {
        String failed = String.join(", ", failing);
        items.add(
            mayFail.isEmpty()
                ? messages.get("sheet.gate.fails", item, failed)
                : messages.get("sheet.gate.failsAndRanges", item, failed, ranges));
      }
    }
    return new DecisionSheet.Listing(messages.get("sheet.gates"), items);
  }

  /** A limit on a rating keeps its scale ("6 of 10"); on a quantity, its unit. */
  private String threshold(Criterion criterion, double value) {
    return ValueText.value(messages, criterion, value);
  }

  private DecisionSheet.Pairs dates(Decision decision) {
    List<DecisionSheet.Pair> items = new ArrayList<>();
    decision
        .meta()
        .deadline()
        .ifPresent(d -> items.add(new DecisionSheet.Pair(messages.get("sheet.deadline"), d.toString())));
    decision
        .meta()
        .reviewDate()
        .ifPresent(
            d -> items.add(new DecisionSheet.Pair(messages.get("sheet.reviewDate"), d.toString())));
    return new DecisionSheet.Pairs(messages.get("sheet.dates"), items);
  }

  private DecisionSheet.Pairs reflections(Decision decision, Map<String, String> prompts) {
    List<DecisionSheet.Pair> items = new ArrayList<>();
    decision
        .reflections()
        .forEach(
            (id, answer) -> {
              if (!answer.isBlank()) {
                String prompt = prompts.get(id);
                items.add(
                    new DecisionSheet.Pair(
                        prompt == null || prompt.isBlank() ? humanised(id) : prompt, answer.strip()));
              }
            });
    return new DecisionSheet.Pairs(messages.get("sheet.reflections"), items);
  }

  /** "plan-b" reads "Plan b", "key_uncertainties" "Key uncertainties". */
  static String humanised(String id) {
    String words = id.replace('-', ' ').replace('_', ' ').strip().replaceAll(" +", " ");
    if (words.isEmpty()) {
      return id;
    }
    return words.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + words.substring(1);
  }

  private static String optionLabel(Decision decision, String id) {
    int index = decision.optionIndex(id);
    return index < 0 ? id : decision.options().get(index).label();
  }
}
