package dev.crossroads.cli;

import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Scenario;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.report.Numbers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The line {@code scenario add} prints after a weight override, so that 38% is never a surprise:
 * the number set, what the other criteria did (they keep their numbers, so their proportions),
 * and the share that makes of the total; for a ranking or pairwise comparisons, also that the
 * scenario starts from their weights in percent (see docs/scenarios.md).
 */
final class WeightOverrideNote {
  private WeightOverrideNote() {}

  /**
   * @param set the criteria the assignments named, in order; empty when no weight was set
   */
  static Optional<String> of(Decision base, Scenario scenario, List<String> set, Messages messages) {
    Optional<Map<String, Double>> numbers = scenario.weights().map(WeightOverrideNote::numbers);
    if (set.isEmpty() || numbers.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Double> weights = numbers.get();
    boolean points = base.weights() instanceof WeightInput.Points;
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    String line;
    if (set.size() == 1 && base.criteria().size() > 1) {
      String id = set.get(0);
      double value = weights.get(id);
      line = messages.get("scenario.weights.one", label(base, id), amount(value, points, messages),
          Numbers.percent(value / total), Numbers.value(value), amount(total, points, messages));
    } else {
      String items = set.stream()
          .map(id -> messages.get("scenario.weights.item", label(base, id),
              amount(weights.get(id), points, messages), Numbers.percent(weights.get(id) / total)))
          .collect(Collectors.joining(", "));
      boolean othersKept = base.criteria().stream().anyMatch(c -> !set.contains(c.id()));
      line = messages.get(othersKept ? "scenario.weights.many" : "scenario.weights.all", items,
          amount(total, points, messages));
    }
    return Optional.of(line + derived(base, set, messages));
  }

  /** For weights that were not numbers to begin with: where the numbers came from. */
  private static String derived(Decision base, List<String> set, Messages messages) {
    WeightInput input = base.weights();
    if (input instanceof WeightInput.Points || input instanceof WeightInput.Direct) {
      return "";
    }
    Map<String, Double> start = ScenarioSettings.startingWeights(base);
    String was = set.stream()
        .map(id -> messages.get("scenario.weights.was", label(base, id),
            Numbers.value(start.getOrDefault(id, 0.0))))
        .collect(Collectors.joining(", "));
    WeightInput given = input instanceof WeightInput.Shared s ? s.rest() : input;
    Message key = given instanceof WeightInput.RankOrder
        ? Message.of("scenario.weights.fromRanking", was)
        : Message.of("scenario.weights.fromPairs", was);
    return " " + messages.get(key);
  }

  private static Map<String, Double> numbers(WeightInput input) {
    if (input instanceof WeightInput.Points p) {
      return p.points();
    }
    return input instanceof WeightInput.Direct d ? d.weights() : Map.of();
  }

  private static String amount(double value, boolean points, Messages messages) {
    String number = Numbers.value(value);
    return points ? messages.get("scenario.weights.points", number) : number;
  }

  private static String label(Decision decision, String id) {
    return decision.criteria().stream()
        .filter(c -> c.id().equals(id))
        .map(Criterion::label)
        .findFirst()
        .orElse(id);
  }
}
