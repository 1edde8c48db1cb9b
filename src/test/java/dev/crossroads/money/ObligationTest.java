package dev.crossroads.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ObligationTest {
  private static final double EPS = 1e-9;

  /** A sponsored 2-year master's: stipend 30, no tuition, then 100 a year, horizon 5. */
  private static MoneyModel sponsored() {
    return MoneyModel.study(2, 0, 30, Band.of(100), 0);
  }

  private static MoneyProjection project(MoneyModel model) {
    return MoneyAnalysis.analyze(Map.of("x", model), new MoneySettings(5, 0, "KRW"))
        .option("x")
        .orElseThrow()
        .conservative();
  }

  @Test
  void withoutAnyRepaymentTheSponsoredPathEarnsItsStipendsAndSalary() {
    // 30 + 30 + 100 + 100 + 100 = 360
    assertThat(project(sponsored()).netIncome()).isCloseTo(360, within(EPS));
  }

  @Test
  void leavingAfterOneOfThreeOwedYearsRepaysTwoThirdsInTheFourthYear() {
    // Owed pro rata: 60 * (3 - 1) / 3 = 40, in year ceil(2) + 1 + 1 = 4.
    // Flows 30, 30, 100, 100 - 40, 100 -> 320.
    MoneyModel model =
        sponsored().withObligation(new Obligation.Clawback("sponsorship", 60, 3, true, 1, 1.0));

    MoneyProjection projection = project(model);
    assertThat(projection.rows().get(3).netCashFlow()).isCloseTo(60, within(EPS));
    assertThat(projection.netIncome()).isCloseTo(320, within(EPS));
  }

  @Test
  void aClawbackWithoutProRataRepaysTheWholeAmount() {
    // 360 - 60 = 300
    MoneyModel model =
        sponsored().withObligation(new Obligation.Clawback("sponsorship", 60, 3, false, 1, 1.0));

    assertThat(project(model).netIncome()).isCloseTo(300, within(EPS));
  }

  @Test
  void anUncertainDepartureCountsTheExpectedRepayment() {
    // Half a chance of repaying 40: 360 - 0.5 * 40 = 340.
    MoneyModel model =
        sponsored().withObligation(new Obligation.Clawback("sponsorship", 60, 3, true, 1, 0.5));

    assertThat(project(model).netIncome()).isCloseTo(340, within(EPS));
  }

  @Test
  void servingAllTheOwedYearsRepaysNothing() {
    Obligation.Clawback served = new Obligation.Clawback("sponsorship", 60, 3, false, 3, 1.0);

    assertThat(served.owed()).isZero();
  }

  @Test
  void aClawbackAfterFractionalStudyFallsInTheYearAfterTheServedYears() {
    // Study ends inside year 2 (1.5 years); leaving at once repays in year ceil(1.5) + 0 + 1 = 3.
    assertThat(new Obligation.Clawback("s", 60, 2, false, 0, 1.0).year(1.5)).isEqualTo(3);
  }

  @Test
  void aFixedRepaymentFallsInItsYear() {
    // Job at 100 a year, scholarship of 50 repaid in year 2: 100, 50, 100, 100, 100 -> 450.
    MoneyModel model =
        MoneyModel.job(Band.of(100), 0)
            .withObligation(new Obligation.Repayment("scholarship", 50, 2, 1.0));

    MoneyProjection projection = project(model);
    assertThat(projection.rows().get(1).netCashFlow()).isCloseTo(50, within(EPS));
    assertThat(projection.netIncome()).isCloseTo(450, within(EPS));
  }

  @Test
  void aRepaymentAfterTheHorizonIsLeftOut() {
    MoneyModel model =
        MoneyModel.job(Band.of(100), 0)
            .withObligation(new Obligation.Repayment("scholarship", 50, 6, 1.0));

    assertThat(project(model).netIncome()).isCloseTo(500, within(EPS));
  }

  @Test
  void aRepaymentCanDelayTheBreakEvenAndMakeAnOptionFallBehindAgain() {
    // Sponsored: 30, 30, 150, 150 - 200, 150 -> cumulative 30, 60, 210, 160, 310
    // Job 60:                       cumulative 60, 120, 180, 240, 300
    // gap: -30, -60, +30 (year 3), -80, +10 -> breaks even in year 3 but does not stay ahead.
    MoneyModel sponsoredMasters =
        MoneyModel.study(2, 0, 30, Band.of(150), 0)
            .withObligation(new Obligation.Repayment("sponsorship", 200, 4, 1.0));
    MoneyResult result =
        MoneyAnalysis.analyze(
            new java.util.LinkedHashMap<>(
                Map.of("sponsored", sponsoredMasters, "job", MoneyModel.job(Band.of(60), 0))),
            new MoneySettings(5, 0, "KRW"));

    BreakEven breakEven = result.breakEven("sponsored", "job", false).orElseThrow().conservative();
    assertThat(breakEven.year()).hasValue(3);
    // 2 + 60 / (30 + 60) = 2.666...
    assertThat(breakEven.exactYear().getAsDouble()).isCloseTo(2 + 2.0 / 3, within(EPS));
    assertThat(breakEven.staysAhead()).isFalse();
  }
}
