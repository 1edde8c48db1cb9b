package dev.crossroads.money;

import java.util.SplittableRandom;

/** Generates plausible money models from a seed, for the property tests. */
final class MoneyCases {
  private final SplittableRandom random;

  MoneyCases(long seed) {
    this.random = new SplittableRandom(seed);
  }

  double between(double low, double high) {
    return low + random.nextDouble() * (high - low);
  }

  int between(int low, int high) {
    return random.nextInt(low, high + 1);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Study years in half-year steps, sometimes none. */
  double studyYears() {
    return chance(0.2) ? 0 : between(1, 12) / 2.0;
  }

  Band salary() {
    double conservative = between(20, 200);
    return new Band(conservative, conservative + between(0, 100));
  }

  /** Any model: study, stipend, tuition, living costs, repayments and equity. */
  MoneyModel anyModel() {
    MoneyModel model =
        new MoneyModel(
                studyYears(),
                between(0, 60),
                between(0, 60),
                salary(),
                between(0.0, 0.1),
                chance(0.3) ? between(-20.0, 40.0) : 0,
                java.util.List.of(),
                java.util.Optional.empty());
    if (chance(0.3)) {
      model =
          model.withObligation(
              new Obligation.Clawback(
                  "sponsorship", between(0, 200), between(1, 5), chance(0.5), between(0, 5),
                  between(0.0, 1.0)));
    }
    if (chance(0.2)) {
      model =
          model.withObligation(
              new Obligation.Repayment("scholarship", between(0, 100), between(1, 15), 1.0));
    }
    if (chance(0.2)) {
      double low = between(0, 100);
      model = model.withEquity(new Equity(new Band(low, low + between(0, 500)), between(1, 15)));
    }
    return model;
  }

  /** A model whose net cash flow is positive in every year and both cases. */
  MoneyModel positiveModel() {
    // A salary of at least 20 stays above a living-cost delta of at most 19.
    double living = between(-20.0, 19.0);
    Band salary = salary();
    double tuition = between(0, 60);
    double stipend = tuition + Math.max(living, 0) + between(1.0, 30.0);
    return MoneyModel.study(studyYears(), tuition, stipend, salary, between(0.0, 0.1))
        .withLivingCostDelta(living);
  }

  MoneySettings settings() {
    return new MoneySettings(between(1, 25), between(0.0, 0.2), "KRW");
  }
}
