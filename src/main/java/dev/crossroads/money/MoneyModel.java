package dev.crossroads.money;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one option costs and earns: first {@code studyYears} of study (may be fractional, such as
 * one more semester), paying tuition and receiving a stipend or scholarship per year; then work at
 * {@code salary} (the starting salary, conservative and optimistic), rising by {@code raiseRate}
 * (0.03 = 3%) each year. {@code livingCostDeltaPerYear} is the extra cost of living each year of
 * the horizon compared with staying put (negative when cheaper). Obligations are scholarships that
 * may have to be repaid; equity is an optional startup stake.
 *
 * <p>All amounts are per year, in the profile's currency unit. Whether they are before or after tax
 * is up to the person; only consistency across options matters.
 */
public record MoneyModel(
    double studyYears,
    double tuitionPerYear,
    double stipendPerYear,
    Band salary,
    double raiseRate,
    double livingCostDeltaPerYear,
    List<Obligation> obligations,
    Optional<Equity> equity) {

  public MoneyModel {
    Objects.requireNonNull(salary, "salary");
    obligations = List.copyOf(obligations);
    Objects.requireNonNull(equity, "equity");
  }

  /** Start work now. */
  public static MoneyModel job(Band salary, double raiseRate) {
    return new MoneyModel(0, 0, 0, salary, raiseRate, 0, List.of(), Optional.empty());
  }

  /** Study first, then work at {@code salaryAfter}. */
  public static MoneyModel study(
      double years, double tuitionPerYear, double stipendPerYear, Band salaryAfter, double raiseRate) {
    return new MoneyModel(
        years, tuitionPerYear, stipendPerYear, salaryAfter, raiseRate, 0, List.of(), Optional.empty());
  }

  public MoneyModel withSalary(Band newSalary) {
    return new MoneyModel(
        studyYears, tuitionPerYear, stipendPerYear, newSalary, raiseRate, livingCostDeltaPerYear,
        obligations, equity);
  }

  public MoneyModel withLivingCostDelta(double perYear) {
    return new MoneyModel(
        studyYears, tuitionPerYear, stipendPerYear, salary, raiseRate, perYear, obligations, equity);
  }

  public MoneyModel withObligation(Obligation obligation) {
    List<Obligation> more = new ArrayList<>(obligations);
    more.add(obligation);
    return new MoneyModel(
        studyYears, tuitionPerYear, stipendPerYear, salary, raiseRate, livingCostDeltaPerYear, more,
        equity);
  }

  public MoneyModel withEquity(Equity stake) {
    return new MoneyModel(
        studyYears, tuitionPerYear, stipendPerYear, salary, raiseRate, livingCostDeltaPerYear,
        obligations, Optional.of(stake));
  }
}
