package dev.crossroads.cli;

import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.Message;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;
import dev.crossroads.decision.Scenario;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.report.Numbers;
import dev.crossroads.weighting.Weighting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects {@code --set} assignments into a scenario of a decision, checking each against it:
 * {@code weight.CRITERION=N} and {@code rating.OPTION.CRITERION=V}, where V is a number, a range
 * {@code LOW..HIGH} or {@code LOW..LIKELY..HIGH} ({@code -} and {@code ~} work between the parts
 * too: {@code 6-8}, {@code -5..-2}). Numbers may group thousands with commas or underscores.
 */
final class ScenarioSettings {
  private static final String NUMBER = "(-?(?:\\d{1,3}(?:[,_]\\d{3})+|\\d+)(?:\\.\\d+)?)";
  private static final List<Pattern> VALUES =
      List.of("", "-", "\\.\\.", "~").stream()
          .map(
              sep ->
                  Pattern.compile(
                      sep.isEmpty()
                          ? "^" + NUMBER + "$"
                          : "^" + NUMBER + "\\s*" + sep + "\\s*" + NUMBER + "(?:\\s*" + sep + "\\s*"
                              + NUMBER + ")?$"))
          .toList();

  private final Decision decision;
  private Map<String, Double> weights;
  private final Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();

  ScenarioSettings(Decision decision) {
    this.decision = decision;
  }

  /** The scenario the assignments describe. */
  static Scenario build(Decision decision, String name, String description, List<String> sets) {
    ScenarioSettings settings = new ScenarioSettings(decision);
    sets.forEach(settings::apply);
    return settings.scenario(name, description);
  }

  boolean isEmpty() {
    return weights == null && ratings.isEmpty();
  }

  /**
   * Checks one assignment and records it.
   *
   * @throws Failure {@link ExitCode#USAGE} naming the assignment when it does not fit the decision
   */
  void apply(String set) {
    int eq = set.indexOf('=');
    if (eq < 0) {
      throw bad(set, "cli.set.form");
    }
    String key = set.substring(0, eq).trim();
    String value = set.substring(eq + 1).trim();
    String[] parts = key.split("\\.", -1);
    if (parts.length == 2 && parts[0].equals("weight")) {
      criterion(parts[1], set);
      double w = number(value, set);
      if (w < 0) {
        throw bad(set, "cli.set.negative");
      }
      Map<String, Double> next = new LinkedHashMap<>(weights == null ? startingWeights(decision) : weights);
      next.put(parts[1], w);
      if (next.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
        throw bad(set, "scenario.set.allZero");
      }
      weights = next;
    } else if (parts.length == 3 && parts[0].equals("rating")) {
      if (decision.optionIndex(parts[1]) < 0) {
        throw bad(set, "cli.set.unknownOption", parts[1]);
      }
      Criterion criterion = criterion(parts[2], set);
      Rating rating = rating(value, set);
      if (criterion.scale() instanceof RatingScale scale
          && !(scale.contains(rating.low()) && scale.contains(rating.high()))) {
        throw bad(set, "cli.set.outsideScale", Numbers.value(scale.min()), Numbers.value(scale.max()));
      }
      ratings.computeIfAbsent(parts[1], k -> new LinkedHashMap<>()).put(parts[2], rating);
    } else {
      throw bad(set, "cli.set.form");
    }
  }

  Scenario scenario(String name, String description) {
    Optional<WeightInput> input =
        weights == null
            ? Optional.empty()
            : Optional.of(
                decision.weights() instanceof WeightInput.Points
                    ? new WeightInput.Points(weights)
                    : new WeightInput.Direct(weights));
    return new Scenario(name, description, input, ratings);
  }

  /**
   * The base's weights in the form a single number can be set in: points and direct weights as
   * the person gave them; a ranking or pairwise judgements as their normalised weights in
   * percent (one decimal), since one criterion cannot be moved inside a ranking.
   */
  static Map<String, Double> startingWeights(Decision decision) {
    WeightInput input = decision.weights();
    Map<String, Double> start = new LinkedHashMap<>();
    if (input instanceof WeightInput.Points p) {
      start.putAll(p.points());
    } else if (input instanceof WeightInput.Direct d) {
      start.putAll(d.weights());
    } else {
      Weighting.compute(decision.criteria(), input)
          .byCriterion()
          .forEach((id, w) -> start.put(id, Math.round(w * 1000) / 10.0));
    }
    return start;
  }

  private Criterion criterion(String id, String set) {
    int index = decision.criterionIndex(id);
    if (index < 0) {
      throw bad(set, "cli.set.unknownCriterion", id);
    }
    return decision.criteria().get(index);
  }

  private static Rating rating(String value, String set) {
    for (Pattern pattern : VALUES) {
      Matcher m = pattern.matcher(value);
      if (!m.matches()) {
        continue;
      }
      double a = parse(m.group(1));
      if (m.groupCount() == 1) {
        return Rating.of(a);
      }
      double b = parse(m.group(2));
      if (m.group(3) == null) {
        if (a > b) {
          throw bad(set, "cli.set.order");
        }
        return Rating.range(a, b);
      }
      double c = parse(m.group(3));
      if (a > b || b > c) {
        throw bad(set, "cli.set.order");
      }
      return Rating.range(a, b, c);
    }
    throw bad(set, "scenario.set.value");
  }

  private static double number(String value, String set) {
    Matcher m = VALUES.get(0).matcher(value);
    if (m.matches()) {
      return parse(m.group(1));
    }
    throw bad(set, "cli.set.number");
  }

  private static double parse(String number) {
    return Double.parseDouble(number.replace(",", "").replace("_", ""));
  }

  private static Failure bad(String set, String key, Object... args) {
    return new Failure(ExitCode.USAGE, Message.of("cli.set.bad", set, Message.of(key, args)));
  }
}
