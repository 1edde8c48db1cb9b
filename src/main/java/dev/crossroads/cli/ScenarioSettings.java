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
import dev.crossroads.weighting.Weighting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns {@code --set} assignments into a scenario of a decision: {@code weight.CRITERION=N} and
 * {@code rating.OPTION.CRITERION=V}, where V is a number, {@code LOW-HIGH} or
 * {@code LOW-LIKELY-HIGH} (negative numbers work too: {@code -5--2}).
 */
final class ScenarioSettings {
  private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";
  private static final Pattern VALUE =
      Pattern.compile("^" + NUMBER + "(?:-" + NUMBER + ")?(?:-" + NUMBER + ")?$");

  private ScenarioSettings() {}

  /**
   * The scenario the assignments describe. Weights given as points or directly change just the
   * named criteria; ranked or pairwise weights are first turned into points (their normalised
   * weights times 100), since a single number cannot be set inside a ranking.
   */
  static Scenario build(Decision decision, String name, String description, List<String> sets) {
    Map<String, Double> points = null;
    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    for (String set : sets) {
      int eq = set.indexOf('=');
      if (eq < 0) {
        throw bad(set, "cli.set.form");
      }
      String key = set.substring(0, eq).trim();
      String value = set.substring(eq + 1).trim();
      String[] parts = key.split("\\.");
      if (parts.length == 2 && parts[0].equals("weight")) {
        criterion(decision, parts[1], set);
        if (points == null) {
          points = startingPoints(decision);
        }
        double w = number(value, set);
        if (w < 0) {
          throw bad(set, "cli.set.negative");
        }
        points.put(parts[1], w);
      } else if (parts.length == 3 && parts[0].equals("rating")) {
        if (decision.optionIndex(parts[1]) < 0) {
          throw bad(set, "cli.set.unknownOption", parts[1]);
        }
        Criterion criterion = criterion(decision, parts[2], set);
        Rating rating = rating(value, set);
        if (criterion.scale() instanceof RatingScale scale
            && !(scale.contains(rating.low()) && scale.contains(rating.high()))) {
          throw bad(set, "cli.set.outsideScale", num(scale.min()), num(scale.max()));
        }
        ratings.computeIfAbsent(parts[1], k -> new LinkedHashMap<>()).put(parts[2], rating);
      } else {
        throw bad(set, "cli.set.form");
      }
    }
    Optional<WeightInput> weights =
        points == null ? Optional.empty() : Optional.of(weightsLike(decision.weights(), points));
    return new Scenario(name, description, weights, ratings);
  }

  private static Map<String, Double> startingPoints(Decision decision) {
    WeightInput input = decision.weights();
    Map<String, Double> points = new LinkedHashMap<>();
    if (input instanceof WeightInput.Points p) {
      points.putAll(p.points());
    } else if (input instanceof WeightInput.Direct d) {
      points.putAll(d.weights());
    } else {
      Weighting.compute(decision.criteria(), input)
          .byCriterion()
          .forEach((id, w) -> points.put(id, Math.round(w * 1000) / 10.0));
    }
    return points;
  }

  private static WeightInput weightsLike(WeightInput base, Map<String, Double> values) {
    return base instanceof WeightInput.Direct
        ? new WeightInput.Direct(values)
        : new WeightInput.Points(values);
  }

  private static Criterion criterion(Decision decision, String id, String set) {
    int index = decision.criterionIndex(id);
    if (index < 0) {
      throw bad(set, "cli.set.unknownCriterion", id);
    }
    return decision.criteria().get(index);
  }

  private static Rating rating(String value, String set) {
    Matcher m = VALUE.matcher(value);
    if (!m.matches()) {
      throw bad(set, "cli.set.value");
    }
    double a = Double.parseDouble(m.group(1));
    if (m.group(2) == null) {
      return Rating.of(a);
    }
    double b = Double.parseDouble(m.group(2));
    if (m.group(3) == null) {
      if (a > b) {
        throw bad(set, "cli.set.order");
      }
      return Rating.range(a, b);
    }
    double c = Double.parseDouble(m.group(3));
    if (a > b || b > c) {
      throw bad(set, "cli.set.order");
    }
    return Rating.range(a, b, c);
  }

  private static double number(String value, String set) {
    try {
      double v = Double.parseDouble(value);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below with the assignment that caused it
    }
    throw bad(set, "cli.set.number");
  }

  private static String num(double v) {
    return dev.crossroads.report.Numbers.value(v);
  }

  private static Failure bad(String set, String key, Object... args) {
    return new Failure(ExitCode.USAGE, Message.of("cli.set.bad", set, Message.of(key, args)));
  }
}
