package dev.crossroads.money;

import java.util.List;

/** Finds when one cumulative series first reaches another. */
final class BreakEvens {
  private BreakEvens() {}

  /**
   * Compares year-end cumulatives of an option and another (index 0 = year 1). Both start from
   * zero at time 0, which is why an option ahead at the end of year 1 breaks even at 0.
   */
  static BreakEven find(List<YearRow> option, List<YearRow> against, boolean discounted) {
    int years = Math.min(option.size(), against.size());
    double before = 0;
    for (int i = 0; i < years; i++) {
      double gap = value(option.get(i), discounted) - value(against.get(i), discounted);
      if (gap >= 0) {
        double exact = before < 0 ? i + (-before) / (gap - before) : i;
        return BreakEven.at(i + 1, exact, staysAhead(option, against, discounted, i, years));
      }
      before = gap;
    }
    return BreakEven.never();
  }

  private static boolean staysAhead(
      List<YearRow> option, List<YearRow> against, boolean discounted, int from, int years) {
    for (int i = from; i < years; i++) {
      if (value(option.get(i), discounted) < value(against.get(i), discounted)) {
        return false;
      }
    }
    return true;
  }

  private static double value(YearRow row, boolean discounted) {
    return discounted ? row.discountedCumulative() : row.cumulative();
  }
}
