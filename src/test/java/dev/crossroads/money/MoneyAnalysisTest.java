package dev.crossroads.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoneyAnalysisTest {
  private static final double EPS = 1e-9;

  private static MoneyResult analyze(MoneySettings settings, Object... idAndModel) {
    Map<String, MoneyModel> byOption = new LinkedHashMap<>();
    for (int i = 0; i < idAndModel.length; i += 2) {
      byOption.put((String) idAndModel[i], (MoneyModel) idAndModel[i + 1]);
    }
    return MoneyAnalysis.analyze(byOption, settings);
  }

  private static double[] flows(MoneyProjection projection) {
    return projection.rows().stream().mapToDouble(YearRow::netCashFlow).toArray();
  }

  private static MoneySettings settings(int horizon, double rate) {
    return new MoneySettings(horizon, rate, "KRW");
  }

  private static MoneyProjection conservative(MoneyResult result, String option) {
    return result.option(option).orElseThrow().conservative();
  }

  @Test
  void withoutDiscountingTheNetPresentValueIsThePlainSumOfRaisedSalaries() {
    // Salary 100 rising 10% a year: 100 + 110 + 121 = 331.
    MoneyResult result = analyze(settings(3, 0), "job", MoneyModel.job(Band.of(100), 0.10));

    MoneyProjection job = conservative(result, "job");
    assertThat(flows(job)).containsExactly(new double[] {100, 110, 121}, within(EPS));
    assertThat(job.netIncome()).isCloseTo(331, within(EPS));
    assertThat(job.netPresentValue()).isCloseTo(331, within(EPS));
  }

  @Test
  void discountingCountsYearOneAtTheEndOfTheYear() {
    // At 10%: 100/1.1 + 110/1.1^2 + 121/1.1^3 = 90.909... three times = 3000/11 = 272.7272...
    MoneyResult result = analyze(settings(3, 0.10), "job", MoneyModel.job(Band.of(100), 0.10));

    MoneyProjection job = conservative(result, "job");
    assertThat(job.rows().get(0).discountedCumulative()).isCloseTo(1000.0 / 11, within(EPS));
    assertThat(job.netPresentValue()).isCloseTo(3000.0 / 11, within(EPS));
    assertThat(job.netIncome()).isCloseTo(331, within(EPS));
  }

  @Test
  void aStipendedMastersCatchesUpWithAJobInTheSixthYear() {
    // Master's: 2 years at stipend 30 - tuition 10 = +20 a year, then 150 a year.
    //   cumulative: 20, 40, 190, 340, 490, 640
    // Job: 100 a year. cumulative: 100, 200, 300, 400, 500, 600
    // gap: -80, -160, -110, -60, -10, +40 -> year 6; inside it 5 + 10 / (40 + 10) = 5.2
    MoneyResult result =
        analyze(
            settings(10, 0),
            "masters", MoneyModel.study(2, 10, 30, Band.of(150), 0),
            "job", MoneyModel.job(Band.of(100), 0));

    BreakEven breakEven = result.breakEven("masters", "job", false).orElseThrow().conservative();
    assertThat(breakEven.year()).hasValue(6);
    assertThat(breakEven.exactYear().getAsDouble()).isCloseTo(5.2, within(EPS));
    assertThat(breakEven.staysAhead()).isTrue();
  }

  @Test
  void withoutTheStipendTheSameMastersCatchesUpAYearLater() {
    // Master's: -10, -10, then 150. cumulative: -10, -20, 130, 280, 430, 580, 730
    // Job cumulative: 100 ... 700. gap: -110, -220, -170, -120, -70, -20, +30
    // -> year 7; inside it 6 + 20 / (30 + 20) = 6.4
    MoneyResult result =
        analyze(
            settings(10, 0),
            "masters", MoneyModel.study(2, 10, 0, Band.of(150), 0),
            "job", MoneyModel.job(Band.of(100), 0));

    BreakEven breakEven = result.breakEven("masters", "job", false).orElseThrow().conservative();
    assertThat(breakEven.year()).hasValue(7);
    assertThat(breakEven.exactYear().getAsDouble()).isCloseTo(6.4, within(EPS));
  }

  @Test
  void anOptionAheadFromTheStartBreaksEvenAtZeroButMayNotStayAhead() {
    // Job vs the stipended master's above: gap +80 at the end of year 1, so never behind (0),
    // but behind again from year 6.
    MoneyResult result =
        analyze(
            settings(10, 0),
            "masters", MoneyModel.study(2, 10, 30, Band.of(150), 0),
            "job", MoneyModel.job(Band.of(100), 0));

    BreakEven breakEven = result.breakEven("job", "masters", false).orElseThrow().conservative();
    assertThat(breakEven.year()).hasValue(1);
    assertThat(breakEven.exactYear()).hasValue(0);
    assertThat(breakEven.staysAhead()).isFalse();
  }

  @Test
  void theBreakEvenBandPairsConservativeWithConservativeAndOptimisticWithOptimistic() {
    // Optimistic: master's 20, 20, then 180 -> cumulative 20, 40, 220, 400, 580
    //             job 110 a year             -> cumulative 110, 220, 330, 440, 550
    // gap: -90, -180, -110, -40, +30 -> year 5; inside it 4 + 40 / 70 = 4.571428...
    MoneyResult result =
        analyze(
            settings(10, 0),
            "masters", MoneyModel.study(2, 10, 30, new Band(150, 180), 0),
            "job", MoneyModel.job(new Band(100, 110), 0));

    BreakEvenBand band = result.breakEven("masters", "job", false).orElseThrow();
    assertThat(band.conservative().year()).hasValue(6);
    assertThat(band.optimistic().year()).hasValue(5);
    assertThat(band.optimistic().exactYear().getAsDouble()).isCloseTo(4 + 4.0 / 7, within(EPS));
  }

  @Test
  void discountingCanPushTheBreakEvenBeyondTheHorizon() {
    // At 25% a year the master's extra 50 a year from year 3 is worth 50 * 0.8^t today.
    // Discounted gap at year 2: (20 - 100) * (0.8 + 0.64) = -115.2.
    // All later gains together: 50 * (0.8^3 + 0.8^4 + ...) = 50 * 0.512 / 0.2 = 128, but by year
    // n only 128 * (1 - 0.8^(n-2)), which passes 115.2 when 0.8^(n-2) <= 0.1, n >= 12.3: year 13.
    MoneyResult result =
        analyze(
            settings(10, 0.25),
            "masters", MoneyModel.study(2, 10, 30, Band.of(150), 0),
            "job", MoneyModel.job(Band.of(100), 0));

    assertThat(result.breakEven("masters", "job", false).orElseThrow().conservative().year())
        .hasValue(6);
    BreakEven discounted = result.breakEven("masters", "job", true).orElseThrow().conservative();
    assertThat(discounted.reached()).isFalse();
    assertThat(discounted.year()).isEmpty();
    assertThat(discounted.exactYear()).isEmpty();
  }

  @Test
  void overALongerHorizonTheDiscountedBreakEvenArrivesInYearThirteen() {
    // Same figures as above: 0.8^(n-2) <= 0.1 first holds at n = 13.
    MoneyResult result =
        analyze(
            settings(15, 0.25),
            "masters", MoneyModel.study(2, 10, 30, Band.of(150), 0),
            "job", MoneyModel.job(Band.of(100), 0));

    assertThat(result.breakEven("masters", "job", true).orElseThrow().conservative().year())
        .hasValue(13);
  }

  @Test
  void oneMoreSemesterCostsHalfAYearOfSalaryAndHalfAYearOfTuition() {
    // Half a year of study: 0.5 * 100 - 0.5 * 10 = 45; raises start at the next year boundary:
    // 110, 121. Cumulative 45 + 110 + 121 = 276.
    MoneyResult result =
        analyze(settings(3, 0), "semester", MoneyModel.study(0.5, 10, 0, Band.of(100), 0.10));

    MoneyProjection semester = conservative(result, "semester");
    assertThat(semester.rows()).extracting(YearRow::studyShare).containsExactly(0.5, 0.0, 0.0);
    assertThat(flows(semester)).containsExactly(new double[] {45, 110, 121}, within(EPS));
    assertThat(semester.netIncome()).isCloseTo(276, within(EPS));
  }

  @Test
  void livingAbroadCostsTheDifferenceEveryYear() {
    // 100 - 20 = 80 a year for 3 years = 240.
    MoneyResult result =
        analyze(settings(3, 0), "abroad", MoneyModel.job(Band.of(100), 0).withLivingCostDelta(20));

    assertThat(conservative(result, "abroad").netIncome()).isCloseTo(240, within(EPS));
  }

  @Test
  void equityCountsItsLowValueInTheConservativeCaseAndItsHighValueInTheOptimisticOne() {
    // 80 a year for 5 years = 400, plus 0 or 500 vesting in year 4.
    MoneyResult result =
        analyze(
            settings(5, 0),
            "startup", MoneyModel.job(Band.of(80), 0).withEquity(new Equity(new Band(0, 500), 4)));

    OptionMoney startup = result.option("startup").orElseThrow();
    assertThat(startup.conservative().netIncome()).isCloseTo(400, within(EPS));
    assertThat(startup.optimistic().netIncome()).isCloseTo(900, within(EPS));
    assertThat(startup.optimistic().rows().get(3).netCashFlow()).isCloseTo(580, within(EPS));
  }

  @Test
  void equityVestingAfterTheHorizonCountsForNothing() {
    MoneyResult result =
        analyze(
            settings(3, 0),
            "startup", MoneyModel.job(Band.of(80), 0).withEquity(new Equity(new Band(0, 500), 4)));

    assertThat(result.option("startup").orElseThrow().optimistic().netIncome())
        .isCloseTo(240, within(EPS));
  }

  @Test
  void everyOrderedPairGetsAPlainAndADiscountedBreakEven() {
    MoneyResult result =
        analyze(
            MoneySettings.defaults("KRW"),
            "a", MoneyModel.job(Band.of(1), 0),
            "b", MoneyModel.job(Band.of(2), 0),
            "c", MoneyModel.job(Band.of(3), 0));

    // 3 options -> 6 ordered pairs, each plain and discounted.
    assertThat(result.breakEvens()).hasSize(12);
    assertThat(result.options()).extracting(OptionMoney::option).containsExactly("a", "b", "c");
    assertThat(result.option("a").orElseThrow().conservative().rows()).hasSize(10);
  }

  @Test
  void theResultKeepsTheSettingsItWasComputedWith() {
    MoneySettings settings = settings(4, 0.05);
    MoneyResult result = analyze(settings, "job", MoneyModel.job(Band.of(1), 0));

    assertThat(result.settings()).isEqualTo(settings);
    assertThat(result.breakEvens()).isEqualTo(List.of());
  }
}
