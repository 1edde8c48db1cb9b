package dev.crossroads.money;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A profile's money view as the person wrote it: the settings, a money model per option (in the
 * order given), and optionally the id of the quantity criterion whose ratings the result becomes.
 * {@code discounted} picks what feeds that criterion: the net present value, or (the default) the
 * plain cumulative net income at the horizon.
 */
public record MoneyPlan(
    MoneySettings settings,
    Map<String, MoneyModel> models,
    Optional<String> criterion,
    boolean discounted) {

  public MoneyPlan {
    Objects.requireNonNull(settings, "settings");
    models = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(models));
    Objects.requireNonNull(criterion, "criterion");
  }

  /** A plan that only shows the money view and feeds no criterion. */
  public static MoneyPlan viewOnly(MoneySettings settings, Map<String, MoneyModel> models) {
    return new MoneyPlan(settings, models, Optional.empty(), false);
  }

  public MoneyPlan withSettings(MoneySettings newSettings) {
    return new MoneyPlan(newSettings, models, criterion, discounted);
  }

  public MoneyPlan withModel(String option, MoneyModel model) {
    Map<String, MoneyModel> changed = new LinkedHashMap<>(models);
    changed.put(option, model);
    return new MoneyPlan(settings, changed, criterion, discounted);
  }

  /** The projections and break-evens of every option in the plan. */
  public MoneyResult analyze() {
    return MoneyAnalysis.analyze(models, settings);
  }
}
