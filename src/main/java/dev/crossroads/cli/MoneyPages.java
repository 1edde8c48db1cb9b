package dev.crossroads.cli;

import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import dev.crossroads.money.MoneyAnalysis;
import dev.crossroads.money.MoneyModel;
import dev.crossroads.money.MoneyPlan;
import dev.crossroads.money.MoneySettings;
import dev.crossroads.report.DatedNote;
import dev.crossroads.report.MoneyPage;
import dev.crossroads.report.MoneyReport;
import dev.crossroads.report.TextStyle;
import dev.crossroads.store.Profile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The money view of a profile, for the {@code money} command and under a decision's summary. */
final class MoneyPages {
  private MoneyPages() {}

  /** The page for a profile's own money plan, or empty when it has none. */
  static Optional<MoneyPage> of(Profile profile) {
    return profile.money().flatMap(plan -> of(profile, plan.settings(), List::of));
  }

  /**
   * The page for a profile's money plan worked out with {@code settings}, with the dated notes
   * {@code facts} gives; empty when the plan models none of the decision's options (or there is
   * no plan).
   */
  static Optional<MoneyPage> of(
      Profile profile, MoneySettings settings, Supplier<List<DatedNote>> facts) {
    if (profile.money().isEmpty()) {
      return Optional.empty();
    }
    MoneyPlan plan = profile.money().get();
    Decision decision = profile.decision();
    Map<String, MoneyModel> models = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (Option option : decision.options()) {
      labels.put(option.id(), option.label());
      MoneyModel model = plan.models().get(option.id());
      if (model != null) {
        models.put(option.id(), model);
      }
    }
    if (models.isEmpty()) {
      return Optional.empty();
    }
    Optional<MoneyPage.Feeds> feeds =
        plan.criterion()
            .map(
                id ->
                    new MoneyPage.Feeds(
                        id,
                        decision.criteria().stream()
                            .filter(c -> c.id().equals(id))
                            .map(Criterion::label)
                            .findFirst()
                            .orElse(id),
                        plan.discounted()));
    return Optional.of(
        new MoneyPage(
            decision.title(),
            labels,
            models,
            MoneyAnalysis.analyze(models, settings),
            feeds,
            facts.get()));
  }

  /** The short money section under a summary, or nothing when the profile has no money plan. */
  static String brief(Profile profile, Messages messages, TextStyle style) {
    return of(profile)
        .map(page -> String.join("\n", new MoneyReport(messages, style).brief(page)).strip() + "\n")
        .orElse("");
  }
}
