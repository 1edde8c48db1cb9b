package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Quote;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Limits;
import dev.crossroads.decision.NameLookup;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;
import dev.crossroads.decision.Scenario;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.report.Numbers;
import dev.crossroads.weighting.Weighting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects {@code --set} assignments into a scenario of a decision, checking each against it:
 * {@code weight.CRITERION=N} and {@code rating.OPTION.CRITERION=V}, where V is a number, a range
 * {@code LOW..HIGH} or {@code LOW..LIKELY..HIGH} ({@code -} and {@code ~} work between the parts
 * too: {@code 6-8}, {@code -5..-2}). Numbers may group thousands with commas or underscores, and
 * must lie within 10^15 either way, as in a profile file (docs/limits.md).
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

  /**
   * The longest assignment: two labels of {@value Limits#MAX_LABEL} characters, the words around
   * them and a range of three numbers fit easily.
   */
  static final int MAX_SET = 1_000;

  private static final String WEIGHT = "weight.";
  private static final String RATING = "rating.";

  private final Decision decision;
  private Map<String, Double> weights;
  private final Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
  private final List<String> weightsSet = new ArrayList<>();
  private final NameLookup options;
  private final NameLookup criteria;

  ScenarioSettings(Decision decision) {
    this.decision = decision;
    this.options = NameLookup.options(decision);
    this.criteria = NameLookup.criteria(decision);
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
   * Checks one assignment and records it. Options and criteria are named as people see them
   * ({@link NameLookup}: id or label, any case, an unambiguous beginning); a bare
   * {@code CRITERION=N} sets a weight, as {@code weight.CRITERION=N} does.
   *
   * @throws Problem {@link Problem.Kind#USAGE} naming the assignment when it does not fit the decision
   */
  void apply(String set) {
    if (Limits.length(set) > MAX_SET) {
      // Every dot is tried as the divide between option and criterion: a long one costs its square.
      throw bad(set, "cli.set.tooLong", String.valueOf(MAX_SET));
    }
    int eq = set.indexOf('=');
    if (eq < 0) {
      throw bad(set, "cli.set.form");
    }
    String key = set.substring(0, eq).trim();
    String value = set.substring(eq + 1).trim();
    if (key.startsWith(RATING)) {
      setRating(key.substring(RATING.length()), value, set);
    } else {
      setWeight(key.startsWith(WEIGHT) ? key.substring(WEIGHT.length()) : key, value, set);
    }
  }

  private void setWeight(String name, String value, String set) {
    if (name.isBlank()) {
      throw bad(set, "cli.set.form");
    }
    String id = found(criteria.find(name), name, set, false).id();
    double w = number(value, set);
    if (w < 0) {
      throw bad(set, "cli.set.negative");
    }
    Map<String, Double> next = new LinkedHashMap<>(weights == null ? startingWeights(decision) : weights);
    next.put(id, w);
    if (next.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
      throw bad(set, "scenario.set.allZero");
    }
    weights = next;
    if (!weightsSet.contains(id)) {
      weightsSet.add(id);
    }
  }

  private void setRating(String cell, String value, String set) {
    String[] pair = cell(cell, set);
    Criterion criterion = decision.criteria().get(decision.criterionIndex(pair[1]));
    Rating rating = rating(value, set);
    if (criterion.scale() instanceof RatingScale scale
        && !(scale.contains(rating.low()) && scale.contains(rating.high()))) {
      throw bad(set, "cli.set.outsideScale", Numbers.value(scale.min()), Numbers.value(scale.max()));
    }
    ratings.computeIfAbsent(pair[0], k -> new LinkedHashMap<>()).put(pair[1], rating);
  }

  /**
   * OPTION.CRITERION as ids: labels may hold dots themselves ("Ph.D."), so every dot is tried
   * as the divide, and the one reading in which both sides name something is taken.
   */
  private String[] cell(String cell, String set) {
    List<String[]> readings = new ArrayList<>();
    for (int dot = cell.indexOf('.'); dot >= 0; dot = cell.indexOf('.', dot + 1)) {
      if (options.find(cell.substring(0, dot)) instanceof NameLookup.Result.Found o
          && criteria.find(cell.substring(dot + 1)) instanceof NameLookup.Result.Found c) {
        String[] ids = {o.entry().id(), c.entry().id()};
        if (readings.stream().noneMatch(r -> Arrays.equals(r, ids))) {
          readings.add(ids);
        }
      }
    }
    if (readings.size() == 1) {
      return readings.get(0);
    }
    if (readings.size() > 1) {
      String choices = readings.stream()
          .map(r -> RATING + r[0] + "." + r[1])
          .collect(Collectors.joining(", "));
      throw bad(set, "cli.set.ambiguousCell", Quote.cut(cell), choices);
    }
    int first = cell.indexOf('.');
    if (first < 0) {
      throw bad(set, "cli.set.form");
    }
    // No reading names both: where the option is clear, the criterion is what is wrong.
    for (int dot = first; dot >= 0; dot = cell.indexOf('.', dot + 1)) {
      if (options.find(cell.substring(0, dot)) instanceof NameLookup.Result.Found) {
        String criterion = cell.substring(dot + 1);
        found(criteria.find(criterion), criterion, set, false);
      }
    }
    String option = cell.substring(0, first);
    found(options.find(option), option, set, true);
    throw bad(set, "cli.set.form");
  }

  /** The entry a lookup found, or the one-line refusal that lists what there is to choose from. */
  private NameLookup.Entry found(
      NameLookup.Result result, String typed, String set, boolean option) {
    if (result instanceof NameLookup.Result.Found f) {
      return f.entry();
    }
    if (result instanceof NameLookup.Result.Ambiguous a) {
      throw bad(set, option ? "cli.set.ambiguousOption" : "cli.set.ambiguousCriterion",
          Quote.cut(typed), listed(a.candidates()));
    }
    throw bad(set, option ? "cli.set.unknownOption" : "cli.set.unknownCriterion", Quote.cut(typed),
        listed((option ? options : criteria).entries()));
  }

  /** "Growth (growth), Net cost (net)": what people see, and the id beside it. */
  private static String listed(List<NameLookup.Entry> entries) {
    return entries.stream()
        .map(e -> e.label().equals(e.id()) ? e.id() : e.label() + " (" + e.id() + ")")
        .collect(Collectors.joining(", "));
  }

  /** The criteria whose weight an assignment set, in the order first set. */
  List<String> weightsSet() {
    return List.copyOf(weightsSet);
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

  private static Rating rating(String value, String set) {
    for (Pattern pattern : VALUES) {
      Matcher m = pattern.matcher(value);
      if (!m.matches()) {
        continue;
      }
      double a = parse(m.group(1), set);
      if (m.groupCount() == 1) {
        return Rating.of(a);
      }
      double b = parse(m.group(2), set);
      if (m.group(3) == null) {
        if (a > b) {
          throw bad(set, "cli.set.order");
        }
        return Rating.range(a, b);
      }
      double c = parse(m.group(3), set);
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
      return parse(m.group(1), set);
    }
    throw bad(set, "cli.set.number");
  }

  /** A number as written, refused past 10^15 as a profile refuses it (310 digits are infinity). */
  private static double parse(String number, String set) {
    double value = Double.parseDouble(number.replace(",", "").replace("_", ""));
    if (!Limits.inRange(value)) {
      throw bad(set, "cli.set.tooLarge", Quote.cut(number));
    }
    return value;
  }

  private static Problem bad(String set, String key, Object... args) {
    // The assignment is the person's own text: quote at most 80 characters of it. (What it named
    // is cut where it is quoted; the choices listed after it are the profile's own, and whole.)
    return new Problem(Problem.Kind.USAGE, Message.of("cli.set.bad", Quote.cut(set), Message.of(key, args)));
  }
}
