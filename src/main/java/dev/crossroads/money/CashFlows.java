package dev.crossroads.money;

import java.util.ArrayList;
import java.util.List;

/** Year-by-year net cash flows of one model in one case, and their running totals. */
final class CashFlows {
  private CashFlows() {}

  static MoneyProjection project(MoneyModel model, MoneyCase moneyCase, MoneySettings settings) {
    double[] flows = flows(model, moneyCase, settings.horizonYears());
    List<YearRow> rows = new ArrayList<>(flows.length);
    double cumulative = 0;
    double discounted = 0;
    for (int i = 0; i < flows.length; i++) {
      int year = i + 1;
      cumulative += flows[i];
      // End-of-year convention: year t's money is discounted t times, so year 1 is discounted too.
      discounted += flows[i] / Math.pow(1 + settings.discountRate(), year);
      rows.add(new YearRow(year, studyShare(model, year), flows[i], cumulative, discounted));
    }
    return new MoneyProjection(moneyCase, rows);
  }

  static double[] flows(MoneyModel model, MoneyCase moneyCase, int horizon) {
    double[] flows = new double[horizon];
    int firstWorkYear = (int) Math.floor(model.studyYears()) + 1;
    for (int year = 1; year <= horizon; year++) {
      double study = studyShare(model, year);
      // Raises come at each year boundary after the first year with any work in it.
      int raises = Math.max(0, year - firstWorkYear);
      double salary =
          (1 - study) * model.salary().at(moneyCase) * Math.pow(1 + model.raiseRate(), raises);
      flows[year - 1] =
          salary
              + study * (model.stipendPerYear() - model.tuitionPerYear())
              - model.livingCostDeltaPerYear();
    }
    for (Obligation obligation : model.obligations()) {
      int year;
      double owed;
      if (obligation instanceof Obligation.Repayment r) {
        year = r.year();
        owed = r.amount();
      } else {
        Obligation.Clawback c = (Obligation.Clawback) obligation;
        year = c.year(model.studyYears());
        owed = c.owed();
      }
      if (year <= horizon) {
        flows[year - 1] -= obligation.probability() * owed;
      }
    }
    model
        .equity()
        .filter(e -> e.vestingYear() <= horizon)
        .ifPresent(e -> flows[e.vestingYear() - 1] += e.value().at(moneyCase));
    return flows;
  }

  static double studyShare(MoneyModel model, int year) {
    return Math.max(0, Math.min(1, model.studyYears() - (year - 1)));
  }
}
