package dev.crossroads.money;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A profile's money view as the person wrote it: the settings, a money model per option (in the
 * order given), and optionally the id of the quantity criterion whose ratings the result becomes.
 * {@code discounted} picks what feeds that criterion: the net present value, or (the default) the
 * plain cumulative net income at the horizon. {@code factTopics} names the topics of the dated
 * facts (questions/facts/) to show beside the view; they never enter the arithmetic.
 * {@code overlap} is what the person said about other criteria that also count money (see
 * {@link MoneyOverlap}); empty when they were never asked.
 */
public record MoneyPlan(
    MoneySettings settings,
    Map<String, MoneyModel> models,
    Optional<String> criterion,
    boolean discounted,
    List<String> factTopics,
    Optional<OverlapChoice> overlap) {

  /** The facts shown when a plan names none: those about money. */
  public static final List<String> DEFAULT_FACT_TOPICS = List.of("money");

  public MoneyPlan {
    Objects.requireNonNull(settings, "settings");
    models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
    Objects.requireNonNull(criterion, "criterion");
    factTopics = List.copyOf(factTopics);
    Objects.requireNonNull(overlap, "overlap");
  }

  /** A plan nobody was asked about overlapping money criteria. */
  public MoneyPlan(
      MoneySettings settings,
      Map<String, MoneyModel> models,
      Optional<String> criterion,
      boolean discounted,
      List<String> factTopics) {
    this(settings, models, criterion, discounted, factTopics, Optional.empty());
  }

  public MoneyPlan(
      MoneySettings settings,
      Map<String, MoneyModel> models,
      Optional<String> criterion,
      boolean discounted) {
    this(settings, models, criterion, discounted, DEFAULT_FACT_TOPICS);
  }

  /** A plan that only shows the money view and feeds no criterion. */
  public static MoneyPlan viewOnly(MoneySettings settings, Map<String, MoneyModel> models) {
    return new MoneyPlan(settings, models, Optional.empty(), false);
  }

  public MoneyPlan withOverlap(Optional<OverlapChoice> choice) {
    return new MoneyPlan(settings, models, criterion, discounted, factTopics, choice);
  }

  /** The projections and break-evens of every option in the plan. */
  public MoneyResult analyze() {
    return MoneyAnalysis.analyze(models, settings);
  }
}
