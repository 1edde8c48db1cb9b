package dev.crossroads.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoneyChecksTest {
  private static final MoneySettings SETTINGS = MoneySettings.defaults("KRW");
  private static final MoneyModel JOB = MoneyModel.job(Band.of(100), 0.03);

  private static Problem failure(MoneyModel model, MoneySettings settings) {
    return catchThrowableOfType(
        Problem.class, () -> MoneyAnalysis.analyze(Map.of("phd", model), settings));
  }

  private static Problem failure(MoneyModel model) {
    return failure(model, SETTINGS);
  }

  private static void assertDataFailure(Problem failure, String key) {
    assertThat(failure).isNotNull();
    assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    assertThat(failure.userMessage().key()).isEqualTo(key);
    assertThat(new Messages(Locale.ENGLISH).has(key)).as(key).isTrue();
  }

  @Test
  void aNegativeTuitionIsRejectedNamingTheOptionAndTheField() {
    Problem failure = failure(MoneyModel.study(2, -1, 0, Band.of(100), 0));

    assertDataFailure(failure, "money.negative");
    assertThat(new Messages(Locale.ENGLISH).get(failure.userMessage()))
        .contains("tuition per year")
        .contains("phd");
  }

  @Test
  void aConservativeSalaryAboveTheOptimisticOneIsRejected() {
    assertDataFailure(failure(MoneyModel.job(new Band(200, 100), 0)), "money.salaryOrder");
  }

  @Test
  void aSalaryThatIsNotANumberIsRejected() {
    assertDataFailure(failure(MoneyModel.job(new Band(Double.NaN, 100), 0)), "money.notAnAmount");
  }

  @Test
  void anInfiniteLivingCostIsRejected() {
    assertDataFailure(
        failure(JOB.withLivingCostDelta(Double.POSITIVE_INFINITY)), "money.notAnAmount");
  }

  @Test
  void aHorizonOfZeroYearsIsRejected() {
    assertDataFailure(failure(JOB, SETTINGS.withHorizon(0)), "money.horizon");
  }

  @Test
  void aNegativeDiscountRateIsRejected() {
    assertDataFailure(failure(JOB, SETTINGS.withDiscountRate(-0.01)), "money.discountRate");
  }

  @Test
  void aBlankCurrencyIsRejected() {
    assertDataFailure(failure(JOB, new MoneySettings(10, 0.03, " ")), "money.currency");
  }

  @Test
  void aBlankOptionNameIsRejected() {
    Problem failure =
        catchThrowableOfType(
            Problem.class, () -> MoneyAnalysis.analyze(Map.of(" ", JOB), SETTINGS));

    assertDataFailure(failure, "money.blankOption");
  }

  @Test
  void studyYearsBeyondAHundredAreRejected() {
    assertDataFailure(failure(MoneyModel.study(1e9, 0, 0, Band.of(1), 0)), "money.studyYears");
  }

  @Test
  void aRaiseOfMinusOneHundredPercentIsRejected() {
    assertDataFailure(failure(MoneyModel.job(Band.of(100), -1)), "money.raiseRate");
  }

  @Test
  void aProbabilityAboveOneIsRejected() {
    assertDataFailure(
        failure(JOB.withObligation(new Obligation.Repayment("loan", 10, 2, 1.5))),
        "money.probability");
  }

  @Test
  void aRepaymentInYearZeroIsRejected() {
    assertDataFailure(
        failure(JOB.withObligation(new Obligation.Repayment("loan", 10, 0, 1))),
        "money.repaymentYear");
  }

  @Test
  void aClawbackOwingNoServiceYearsIsRejected() {
    assertDataFailure(
        failure(JOB.withObligation(new Obligation.Clawback("s", 10, 0, true, 0, 1))),
        "money.serviceYears");
  }

  @Test
  void aClawbackLeavingAfterNegativeYearsIsRejected() {
    assertDataFailure(
        failure(JOB.withObligation(new Obligation.Clawback("s", 10, 2, true, -1, 1))),
        "money.leaveAfter");
  }

  @Test
  void equityWithItsLowValueAboveItsHighValueIsRejected() {
    assertDataFailure(
        failure(JOB.withEquity(new Equity(new Band(10, 5), 3))), "money.equityOrder");
  }

  @Test
  void equityVestingInYearZeroIsRejected() {
    assertDataFailure(failure(JOB.withEquity(new Equity(Band.of(10), 0))), "money.vestingYear");
  }

  @Test
  void aNegativeLivingCostDifferenceIsAllowedBecauseSomePlacesAreCheaper() {
    MoneyModel cheaper =
        new MoneyModel(0, 0, 0, Band.of(100), 0, -10, List.of(), Optional.empty());

    assertThat(MoneyAnalysis.analyze(Map.of("x", cheaper), SETTINGS.withHorizon(1))
            .option("x").orElseThrow().conservative().netIncome())
        .isEqualTo(110);
  }
}
