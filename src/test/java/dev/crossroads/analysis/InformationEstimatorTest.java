package dev.crossroads.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.method.WeightedSum;
import dev.crossroads.weighting.Weighting;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InformationEstimatorTest {
  private static final Analyzer ANALYZER = new Analyzer(List.of(new WeightedSum()));

  private static ValueOfInformation information(Decision d, AnalysisSettings settings) {
    return ANALYZER.analyze(d, settings).valueOfInformation();
  }

  /** A: fit 5.5; B: fit 2..10 (uniform). Salary is a point for both and weighs nothing. */
  private static Decision coinToss() {
    return Decision.of(
        "coin toss",
        List.of(new Option("a", "A"), new Option("b", "B")),
        List.of(
            Criterion.rating("fit", "Fit", Direction.BENEFIT),
            Criterion.rating("salary", "Salary", Direction.BENEFIT)),
        new WeightInput.Direct(Map.of("fit", 1.0, "salary", 0.0)),
        Map.of(
            "a", Map.of("fit", Rating.of(5.5), "salary", Rating.of(5)),
            "b", Map.of("fit", Rating.range(2, 10), "salary", Rating.of(5))));
  }

  @Test
  void keepingTheDrawsChangesNothingTheMonteCarloCounts() {
    for (long seed = 0; seed < 20; seed++) {
      Decision d = Generated.decision(seed, true, true);
      double[] w = Weighting.compute(d.criteria(), d.weights()).toArray(d.criteria());
      MonteCarlo mc = new MonteCarlo(d, w);
      AnalysisSettings settings = new AnalysisSettings(seed, 2 * MonteCarlo.BLOCK + 5, 0.03, 2);
      assertThat(mc.run(settings, mc.newLog(settings))).as("seed %d", seed).isEqualTo(mc.run(settings));
    }
  }

  @Test
  void theSameSeedGivesTheSameValuesOnOneThreadAndOnTwo() {
    for (long seed = 0; seed < 10; seed++) {
      Decision d = Generated.decision(seed, true, true);
      AnalysisSettings settings = new AnalysisSettings(seed, 3 * MonteCarlo.BLOCK + 17, 0.05, 1);
      assertThat(information(d, settings.withThreads(2)))
          .as("seed %d", seed)
          .isEqualTo(information(d, settings));
    }
  }

  @Test
  void withoutRangesOrVaryingWeightsThereIsNothingToFindOut() {
    Decision d = Generated.decision(3, false, true);
    ValueOfInformation v = information(d, new AnalysisSettings(1, 2_000, 0, 1));
    assertThat(v.inputs()).isEmpty();
    assertThat(v.perfectInformation()).isZero();
  }

  @Test
  void aRangeThatDecidesACoinTossIsWorthWhatKnowingItGains() {
    // B is the baseline (worth (6 - 1) / 9 on average against A's 4.5 / 9). Knowing B's fit
    // picks A when the fit is below 5.5 (chance 3.5 / 8), gaining (5.5 - fit) / 9, 1.75 / 9 on
    // average there: 3.5 / 8 * 1.75 / 9 overall. Nothing else is uncertain, so knowing
    // everything is worth the same.
    double exact = 3.5 / 8 * 1.75 / 9;
    ValueOfInformation v = information(coinToss(), new AnalysisSettings(1, 40_000, 0, 1));
    assertThat(v.baseline()).isEqualTo("b");
    InformationValue fit = v.inputs().get(0);
    assertThat(fit.input()).isEqualTo(new UncertainInput.OfRating("b", "fit"));
    assertThat(fit.changesChoice()).isTrue();
    assertThat(fit.value()).isCloseTo(exact, within(3 * fit.standardError() + 0.0005));
    assertThat(fit.chanceChanges()).isCloseTo(3.5 / 8, within(0.06));
    assertThat(fit.switchesTo()).contains("a");
    assertThat(v.perfectInformation()).isCloseTo(exact, within(3 * v.perfectInformationError()));
  }

  @Test
  void aWeightWithNoOtherWeightBesideItIsNotAnInput() {
    // Salary weighs nothing, so fit always weighs all of it: drawing weights changes nothing.
    ValueOfInformation v = information(coinToss(), new AnalysisSettings(1, 2_000, 0.05, 1));
    assertThat(v.inputs()).extracting(InformationValue::input)
        .containsExactly(new UncertainInput.OfRating("b", "fit"));
  }

  @Test
  void theInputsComeMostValuableFirst() {
    for (long seed = 0; seed < 30; seed++) {
      ValueOfInformation v =
          information(Generated.decision(seed, true, true), new AnalysisSettings(seed, 3_000, 0.05, 1));
      for (int i = 1; i < v.inputs().size(); i++) {
        assertThat(v.inputs().get(i).value()).isLessThanOrEqualTo(v.inputs().get(i - 1).value());
      }
      assertThat(v.changing()).allMatch(i -> i.value() > InformationEstimator.ERRORS * i.standardError());
    }
  }

  @Test
  void tooFewDrawsEstimateNothing() {
    ValueOfInformation v = information(coinToss(), new AnalysisSettings(1, 50, 0, 1));
    assertThat(v.bins()).isZero();
    assertThat(v.inputs()).hasSize(1).noneMatch(InformationValue::changesChoice);
  }

  @Test
  void groupsGrowWithTheDrawsAndStayWithinTheirBounds() {
    assertThat(InformationEstimator.bins(10_000)).isEqualTo(20);
    assertThat(InformationEstimator.bins(100)).isEqualTo(2);
    assertThat(InformationEstimator.bins(10_000_000)).isEqualTo(50);
  }

  @Test
  void aLongRunKeepsOnlyItsFirstDrawsForTheEstimate() {
    ValueOfInformation v =
        information(coinToss(), new AnalysisSettings(1, MonteCarlo.MAX_LOGGED + 1_000, 0, 2));
    assertThat(v.draws()).isEqualTo(MonteCarlo.MAX_LOGGED);
  }

  @Test
  void aLargeProfileKeepsNoMoreDrawsThanTheMemoryBudgetHolds() {
    // 30 options x 40 criteria with every rating a range and the 40 weights varying.
    int kept = MonteCarlo.logged(300_000, 30 * 40 + 40, 30);
    assertThat(kept).isLessThan(MonteCarlo.MAX_LOGGED).isGreaterThan(1_000);
    assertThat((4L * 1_240 + 8L * 30) * kept).isLessThanOrEqualTo(MonteCarlo.LOG_BYTES);
  }

  @Test
  void aSmallProfileKeepsEveryDrawUpToTheCap() {
    assertThat(MonteCarlo.logged(10_000, 12, 4)).isEqualTo(10_000);
    assertThat(MonteCarlo.logged(300_000, 12, 4)).isEqualTo(MonteCarlo.MAX_LOGGED);
  }
}
