package dev.crossroads.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;

class MoneyPropertiesTest {
  private static final long BASE_SEED = 0x5EED_2026L;

  private static long seed(RepetitionInfo info) {
    return BASE_SEED + info.getCurrentRepetition();
  }

  private static MoneyResult analyze(MoneyModel a, MoneyModel b, MoneySettings settings) {
    Map<String, MoneyModel> byOption = new LinkedHashMap<>();
    byOption.put("a", a);
    byOption.put("b", b);
    return MoneyAnalysis.analyze(byOption, settings);
  }

  /** Never reached counts as later than any year. */
  private static double when(BreakEven breakEven) {
    return breakEven.exactYear().orElse(Double.POSITIVE_INFINITY);
  }

  @RepeatedTest(200)
  void aHigherSalaryAfterTheDegreeNeverDelaysTheBreakEven(RepetitionInfo info) {
    long seed = seed(info);
    MoneyCases cases = new MoneyCases(seed);
    MoneyModel study = cases.anyModel();
    MoneyModel other = cases.anyModel();
    MoneySettings settings = cases.settings();
    double raise = cases.between(0.0, 80.0);
    MoneyModel better =
        study.withSalary(
            new Band(study.salary().conservative() + raise, study.salary().optimistic() + raise));

    MoneyResult before = analyze(study, other, settings);
    MoneyResult after = analyze(better, other, settings);

    for (boolean discounted : new boolean[] {false, true}) {
      for (MoneyCase moneyCase : MoneyCase.values()) {
        BreakEven was = before.breakEven("a", "b", discounted).orElseThrow().at(moneyCase);
        BreakEven now = after.breakEven("a", "b", discounted).orElseThrow().at(moneyCase);
        assertThat(when(now))
            .as("seed %d, %s, discounted %s", seed, moneyCase, discounted)
            .isLessThanOrEqualTo(when(was) + 1e-9);
        assertThat(now.year().orElse(Integer.MAX_VALUE))
            .as("seed %d, %s, discounted %s", seed, moneyCase, discounted)
            .isLessThanOrEqualTo(was.year().orElse(Integer.MAX_VALUE));
      }
    }
  }

  @RepeatedTest(200)
  void atAZeroDiscountRateTheNetPresentValueIsThePlainSum(RepetitionInfo info) {
    long seed = seed(info);
    MoneyCases cases = new MoneyCases(seed);
    MoneySettings settings = cases.settings().withDiscountRate(0);

    MoneyResult result = analyze(cases.anyModel(), cases.anyModel(), settings);

    for (OptionMoney option : result.options()) {
      for (MoneyCase moneyCase : MoneyCase.values()) {
        MoneyProjection projection = option.projection(moneyCase);
        double sum = 0;
        for (YearRow row : projection.rows()) {
          sum += row.netCashFlow();
        }
        assertThat(projection.netPresentValue()).as("seed %d, %s", seed, moneyCase).isEqualTo(sum);
        assertThat(projection.netIncome()).as("seed %d, %s", seed, moneyCase).isEqualTo(sum);
      }
    }
  }

  @RepeatedTest(200)
  void whenEveryFlowIsPositiveAHigherDiscountRateLowersTheNetPresentValue(RepetitionInfo info) {
    long seed = seed(info);
    MoneyCases cases = new MoneyCases(seed);
    MoneyModel model = cases.positiveModel();
    MoneySettings settings = cases.settings();
    double lower = cases.between(0.0, 0.5);
    double higher = lower + cases.between(0.001, 0.5);

    MoneyResult atLower = analyze(model, model, settings.withDiscountRate(lower));
    MoneyResult atHigher = analyze(model, model, settings.withDiscountRate(higher));

    for (MoneyCase moneyCase : MoneyCase.values()) {
      MoneyProjection low = atLower.option("a").orElseThrow().projection(moneyCase);
      assertThat(low.rows())
          .as("seed %d: the generator promised positive flows", seed)
          .allSatisfy(row -> assertThat(row.netCashFlow()).isPositive());
      double npvHigher = atHigher.option("a").orElseThrow().projection(moneyCase).netPresentValue();
      assertThat(npvHigher)
          .as("seed %d, %s, rates %f < %f", seed, moneyCase, lower, higher)
          .isLessThan(low.netPresentValue());
    }
  }

  @RepeatedTest(200)
  void theOptimisticCaseNeverEndsBelowTheConservativeOne(RepetitionInfo info) {
    long seed = seed(info);
    MoneyCases cases = new MoneyCases(seed);

    MoneyResult result = analyze(cases.anyModel(), cases.anyModel(), cases.settings());

    for (OptionMoney option : result.options()) {
      assertThat(option.optimistic().netIncome())
          .as("seed %d", seed)
          .isGreaterThanOrEqualTo(option.conservative().netIncome());
      assertThat(option.optimistic().netPresentValue())
          .as("seed %d", seed)
          .isGreaterThanOrEqualTo(option.conservative().netPresentValue());
    }
  }

  @RepeatedTest(200)
  void theExactBreakEvenLiesWithinTheYearItIsReportedIn(RepetitionInfo info) {
    long seed = seed(info);
    MoneyCases cases = new MoneyCases(seed);

    MoneyResult result = analyze(cases.anyModel(), cases.anyModel(), cases.settings());

    for (BreakEvenBand band : result.breakEvens()) {
      for (MoneyCase moneyCase : MoneyCase.values()) {
        BreakEven breakEven = band.at(moneyCase);
        if (breakEven.reached()) {
          int year = breakEven.year().getAsInt();
          assertThat(breakEven.exactYear().getAsDouble())
              .as("seed %d, %s", seed, band)
              .isBetween(year - 1.0, (double) year);
        }
      }
    }
  }
}
