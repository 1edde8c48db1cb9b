package dev.crossroads.money;

import java.util.List;

/** One option's years in one case, from year 1 to the horizon. */
public record MoneyProjection(MoneyCase moneyCase, List<YearRow> rows) {
  public MoneyProjection {
    rows = List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a projection has at least one year");
    }
  }

  /** Cumulative net income at the end of the horizon. */
  public double netIncome() {
    return rows.get(rows.size() - 1).cumulative();
  }

  /** Net present value: the discounted cumulative at the end of the horizon. */
  public double netPresentValue() {
    return rows.get(rows.size() - 1).discountedCumulative();
  }

  public double total(boolean discounted) {
    return discounted ? netPresentValue() : netIncome();
  }
}
