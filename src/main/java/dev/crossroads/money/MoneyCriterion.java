package dev.crossroads.money;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the money view into one quantity criterion, "net worth over the horizon", so that money
 * takes part in the weighting and the Monte Carlo like any other criterion.
 */
public final class MoneyCriterion {
  private MoneyCriterion() {}

  /** A benefit criterion measured in the given currency unit, scaled between the options. */
  public static Criterion criterion(String id, String label, String currency) {
    return new Criterion(id, label, Direction.BENEFIT, QuantityScale.of(currency));
  }

  /**
   * Each option's cumulative net income at the horizon (its net present value when
   * {@code discounted}) as a range from the conservative to the optimistic case, in the result's
   * option order.
   */
  public static Map<String, Rating> netWorth(MoneyResult result, boolean discounted) {
    Map<String, Rating> ratings = new LinkedHashMap<>();
    for (OptionMoney option : result.options()) {
      double conservative = option.conservative().total(discounted);
      double optimistic = option.optimistic().total(discounted);
      // Every optimistic figure is at least its conservative one, so this only guards rounding.
      ratings.put(
          option.option(),
          Rating.range(Math.min(conservative, optimistic), Math.max(conservative, optimistic)));
    }
    return ratings;
  }
}
