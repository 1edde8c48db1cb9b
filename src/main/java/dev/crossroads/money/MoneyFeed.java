package dev.crossroads.money;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Limits;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a money plan's result the ratings of the criterion it feeds, so that the ranking moves
 * the way the numbers say: each option's rating becomes the range from its conservative to its
 * optimistic net worth at the horizon, replacing whatever the profile held for that criterion.
 */
public final class MoneyFeed {
  private MoneyFeed() {}

  /**
   * The decision with the plan's criterion rated from the money view; unchanged when the plan
   * feeds no criterion. A criterion the decision does not have yet is added as a benefit quantity
   * in the plan's currency (it then weighs only as much as the decision's weights give it).
   *
   * @throws Problem (bad data) when an option has no money model or a figure is unusable,
   *     or when an option's net worth comes to more than a decision can hold (10^15 either way)
   */
  public static Decision apply(Decision decision, MoneyPlan plan) {
    if (plan.criterion().isEmpty()) {
      return decision;
    }
    String criterionId = plan.criterion().get();
    Map<String, MoneyModel> ordered = new LinkedHashMap<>();
    for (Option option : decision.options()) {
      MoneyModel model = plan.models().get(option.id());
      if (model == null) {
        throw new Problem(
            Problem.Kind.BAD_DATA, Message.of("money.noModel", option.label(), criterionId));
      }
      ordered.put(option.id(), model);
    }
    Map<String, Rating> netWorth =
        MoneyCriterion.netWorth(MoneyAnalysis.analyze(ordered, plan.settings()), plan.discounted());
    for (Option option : decision.options()) {
      Rating worth = netWorth.get(option.id());
      // Figures of up to 10^15 each can compound past what a decision may hold over 100 years.
      if (worth != null && !(Limits.inRange(worth.low()) && Limits.inRange(worth.high()))) {
        double past = Limits.inRange(worth.low()) ? worth.high() : worth.low();
        throw new Problem(
            Problem.Kind.BAD_DATA, Message.of("money.netWorthTooLarge", option.label(), past));
      }
    }
    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    decision.ratings().forEach((option, row) -> ratings.put(option, new LinkedHashMap<>(row)));
    netWorth.forEach(
        (option, rating) ->
            ratings.computeIfAbsent(option, k -> new LinkedHashMap<>()).put(criterionId, rating));
    List<Criterion> criteria = new ArrayList<>(decision.criteria());
    if (decision.criterionIndex(criterionId) < 0) {
      criteria.add(
          MoneyCriterion.criterion(criterionId, criterionId, plan.settings().currency()));
    }
    return new Decision(
        decision.title(),
        decision.language(),
        decision.options(),
        criteria,
        decision.gates(),
        decision.weights(),
        ratings,
        decision.reflections(),
        decision.scenarios(),
        decision.meta());
  }
}
