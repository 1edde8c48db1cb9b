package dev.crossroads.money;

import java.util.Objects;

/** One option's projections in both cases. */
public record OptionMoney(String option, MoneyProjection conservative, MoneyProjection optimistic) {
  public OptionMoney {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(conservative, "conservative");
    Objects.requireNonNull(optimistic, "optimistic");
  }

  public MoneyProjection projection(MoneyCase moneyCase) {
    return moneyCase == MoneyCase.CONSERVATIVE ? conservative : optimistic;
  }
}
