package dev.crossroads.money;

import dev.crossroads.Present;

/** One option's projections in both cases. */
public record OptionMoney(String option, MoneyProjection conservative, MoneyProjection optimistic) {
  public OptionMoney {
    Present.all("option", option, "conservative", conservative, "optimistic", optimistic);
  }

  public MoneyProjection projection(MoneyCase moneyCase) {
    return moneyCase == MoneyCase.CONSERVATIVE ? conservative : optimistic;
  }
}
