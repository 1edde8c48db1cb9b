package dev.crossroads.decision;

import dev.crossroads.Present;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One career decision: the options, the criteria that matter, how much each weighs, and how each
 * option does on each. Ratings are keyed option id, then criterion id. Validation of ids and
 * ranges happens where the decision is read ({@code store}); this record only holds it.
 */
public record Decision(
    String title,
    String language,
    List<Option> options,
    List<Criterion> criteria,
    List<Gate> gates,
    WeightInput weights,
    Map<String, Map<String, Rating>> ratings,
    Map<String, String> reflections,
    List<Scenario> scenarios,
    Meta meta) {

  public Decision {
    Present.all("title", title, "language", language);
    options = List.copyOf(options);
    criteria = List.copyOf(criteria);
    gates = List.copyOf(gates);
    Objects.requireNonNull(weights, "weights");
    ratings = Maps.orderedTable(ratings);
    reflections = Maps.ordered(reflections);
    scenarios = List.copyOf(scenarios);
    Objects.requireNonNull(meta, "meta");
  }

  /** The smallest complete decision: no gates, reflections or scenarios. */
  public static Decision of(
      String title,
      List<Option> options,
      List<Criterion> criteria,
      WeightInput weights,
      Map<String, Map<String, Rating>> ratings) {
    return new Decision(
        title, "en", options, criteria, List.of(), weights, ratings, Map.of(), List.of(), Meta.NONE);
  }

  public Rating rating(String optionId, String criterionId) {
    Map<String, Rating> row = ratings.get(optionId);
    Rating rating = row == null ? null : row.get(criterionId);
    if (rating == null) {
      throw new IllegalArgumentException("no rating for " + optionId + "/" + criterionId);
    }
    return rating;
  }

  public Optional<Scenario> scenario(String name) {
    return scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** This decision as the scenario describes it: its weights and ratings replace the base's. */
  public Decision under(Scenario scenario) {
    Map<String, Map<String, Rating>> merged = new java.util.LinkedHashMap<>();
    ratings.forEach((option, row) -> merged.put(option, new java.util.LinkedHashMap<>(row)));
    scenario
        .ratings()
        .forEach(
            (option, row) ->
                merged.computeIfAbsent(option, k -> new java.util.LinkedHashMap<>()).putAll(row));
    return new Decision(
        title,
        language,
        options,
        criteria,
        gates,
        scenario.weights().orElse(weights),
        merged,
        reflections,
        scenarios,
        meta);
  }

  public Decision withWeights(WeightInput newWeights) {
    return new Decision(
        title, language, options, criteria, gates, newWeights, ratings, reflections, scenarios,
        meta);
  }

  public Decision withRatings(Map<String, Map<String, Rating>> newRatings) {
    return new Decision(
        title, language, options, criteria, gates, weights, newRatings, reflections, scenarios,
        meta);
  }

  public Decision withGates(List<Gate> newGates) {
    return new Decision(
        title, language, options, criteria, newGates, weights, ratings, reflections, scenarios,
        meta);
  }

  public Decision withMeta(Meta newMeta) {
    return new Decision(
        title, language, options, criteria, gates, weights, ratings, reflections, scenarios,
        newMeta);
  }

  public Decision withScenarios(List<Scenario> newScenarios) {
    return new Decision(
        title, language, options, criteria, gates, weights, ratings, reflections,
        new ArrayList<>(newScenarios), meta);
  }

  public int optionIndex(String optionId) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).id().equals(optionId)) {
        return i;
      }
    }
    return -1;
  }

  public int criterionIndex(String criterionId) {
    for (int i = 0; i < criteria.size(); i++) {
      if (criteria.get(i).id().equals(criterionId)) {
        return i;
      }
    }
    return -1;
  }
}
