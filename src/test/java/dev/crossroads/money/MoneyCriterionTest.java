package dev.crossroads.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoneyCriterionTest {
  private static MoneyResult result(double discountRate) {
    Map<String, MoneyModel> byOption = new LinkedHashMap<>();
    byOption.put("job", MoneyModel.job(new Band(100, 120), 0));
    byOption.put("masters", MoneyModel.study(1, 10, 30, new Band(150, 200), 0));
    return MoneyAnalysis.analyze(byOption, new MoneySettings(2, discountRate, "KRW"));
  }

  @Test
  void netWorthIsARangeFromTheConservativeToTheOptimisticTotal() {
    // Job: 2 * 100 = 200 .. 2 * 120 = 240. Master's: 20 + 150 = 170 .. 20 + 200 = 220.
    Map<String, Rating> netWorth = MoneyCriterion.netWorth(result(0), false);

    assertThat(netWorth).containsOnlyKeys("job", "masters");
    assertThat(netWorth.get("job")).isInstanceOf(Rating.Range.class);
    assertThat(netWorth.get("job").low()).isCloseTo(200, within(1e-9));
    assertThat(netWorth.get("job").high()).isCloseTo(240, within(1e-9));
    assertThat(netWorth.get("masters").low()).isCloseTo(170, within(1e-9));
    assertThat(netWorth.get("masters").high()).isCloseTo(220, within(1e-9));
  }

  @Test
  void discountedNetWorthUsesTheNetPresentValues() {
    // At 100%: job 100/2 + 100/4 = 75 .. 120/2 + 120/4 = 90.
    Map<String, Rating> netWorth = MoneyCriterion.netWorth(result(1.0), true);

    assertThat(netWorth.get("job").low()).isCloseTo(75, within(1e-9));
    assertThat(netWorth.get("job").high()).isCloseTo(90, within(1e-9));
  }

  @Test
  void theCriterionIsABenefitMeasuredInTheCurrency() {
    Criterion criterion = MoneyCriterion.criterion("money", "10-year net worth", "KRW");

    assertThat(criterion.isBenefit()).isTrue();
    assertThat(criterion.scale()).isEqualTo(QuantityScale.of("KRW"));
  }
}
