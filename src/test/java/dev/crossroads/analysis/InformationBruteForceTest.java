package dev.crossroads.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Decision;
import dev.crossroads.method.WeightedSum;
import dev.crossroads.weighting.Weighting;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The value of information estimated from 10,000 draws against the exact value ({@link
 * ExactInformation}) on 80 seeded small decisions ({@link SmallProfiles}): half with exact
 * weights, half with weights drawn around them; a third with a dealbreaker.
 */
class InformationBruteForceTest {
  private static final int PROFILES = 80;
  private static final int DRAWS = 10_000;

  /**
   * Grouping draws into slices cannot see an effect confined to less than a slice (a value
   * turning the choice in 1 or 2 of 100 cases), nor the part of one within a slice: such an
   * estimate is 0 with no spread while the exact value is a few hundredths of a point. This
   * allowance, half of the tenth of a point the summary shows, covers it.
   */
  private static final double RESOLUTION = 0.0005;

  record Case(long seed, Decision decision, InformationValue estimate, ExactInformation.Exact exact) {
    double deviation() {
      return estimate.value() - exact.value();
    }

    String why() {
      return "seed " + seed + " " + estimate + " exact " + exact;
    }
  }

  private static List<List<Case>> cases() {
    Analyzer analyzer = new Analyzer(List.of(new WeightedSum()));
    List<List<Case>> all = new ArrayList<>();
    for (long seed = 0; seed < PROFILES; seed++) {
      Decision d = SmallProfiles.decision(seed);
      double spread = SmallProfiles.spread(seed);
      AnalysisResult result = analyzer.analyze(d, new AnalysisSettings(seed, DRAWS, spread, 1));
      double[] w = Weighting.compute(d.criteria(), d.weights()).toArray(d.criteria());
      ExactInformation exact = new ExactInformation(d, w, spread);
      List<Case> profile = new ArrayList<>();
      for (InformationValue v : result.valueOfInformation().inputs()) {
        profile.add(new Case(seed, d, v, exact.of(v.input())));
      }
      all.add(profile);
    }
    return all;
  }

  private static final List<List<Case>> CASES = cases();

  @Test
  void everyEstimateAgreesWithTheExactValueWithinThreeStandardErrors() {
    int inputs = 0;
    int withinErrorAlone = 0;
    double largest = 0;
    double largestUnseen = 0;
    for (List<Case> profile : CASES) {
      for (Case c : profile) {
        inputs++;
        double error = c.estimate().standardError();
        assertThat(Math.abs(c.deviation())).as(c.why()).isLessThanOrEqualTo(3 * error + RESOLUTION);
        // 1e-9: rounding in the exact sums, for the inputs both call exactly 0.
        if (Math.abs(c.deviation()) <= 3 * error + 1e-9) {
          withinErrorAlone++;
        } else {
          largestUnseen = Math.max(largestUnseen, Math.abs(c.deviation()));
        }
        if (error > 0) {
          largest = Math.max(largest, Math.abs(c.deviation()) / error);
        }
      }
    }
    System.out.printf(
        "value of information: %d profiles, %d inputs, %d within 3 standard errors without the"
            + " resolution allowance (the others off by %.4f at most), largest deviation %.2f"
            + " standard errors%n",
        CASES.size(), inputs, withinErrorAlone, largestUnseen, largest);
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(50);
  }

  @Test
  void anInputThatCannotChangeTheChoiceIsZeroWithinErrorAndNeverSaidToChangeIt() {
    int zero = 0;
    for (List<Case> profile : CASES) {
      for (Case c : profile) {
        if (Math.abs(c.exact().value()) < 1e-9) {
          zero++;
          assertThat(c.estimate().changesChoice()).as(c.why()).isFalse();
          assertThat(c.estimate().value())
              .as(c.why())
              .isLessThanOrEqualTo(InformationEstimator.ERRORS * c.estimate().standardError());
        }
      }
    }
    assertThat(zero).as("inputs that cannot change the choice").isGreaterThan(100);
  }

  @Test
  void anInputSaidToChangeTheChoiceReallyCanAndItsChanceIsAboutRight() {
    int changing = 0;
    double largest = 0;
    double total = 0;
    for (List<Case> profile : CASES) {
      for (Case c : profile) {
        if (c.estimate().changesChoice()) {
          changing++;
          assertThat(c.exact().value()).as(c.why()).isGreaterThan(0);
          double off = Math.abs(c.estimate().chanceChanges() - c.exact().chanceChanges());
          // The chance is rougher than the value: where two options are nearly level over a
          // wide stretch of the input, which of them is better there is a coin toss.
          assertThat(off).as(c.why()).isLessThanOrEqualTo(CHANCE_TOLERANCE);
          largest = Math.max(largest, off);
          total += off;
        }
      }
    }
    System.out.printf(
        "chance of a change: %d inputs said to change the choice, off by %.3f on average, %.3f at"
            + " most%n",
        changing, total / changing, largest);
    assertThat(changing).isGreaterThan(50);
  }

  /** Three slices' worth (slices are 1 in 20 of the draws). */
  private static final double CHANCE_TOLERANCE = 0.15;

  @Test
  void theInputsComeInTheOrderOfTheirExactValuesWhereTheErrorsCanTellThemApart() {
    for (List<Case> profile : CASES) {
      for (int i = 0; i < profile.size(); i++) {
        for (int j = i + 1; j < profile.size(); j++) {
          Case first = profile.get(i);
          Case later = profile.get(j);
          double apart =
              3 * (first.estimate().standardError() + later.estimate().standardError())
                  + 2 * RESOLUTION;
          assertThat(later.exact().value())
              .as(first.why() + " listed before " + later.why())
              .isLessThanOrEqualTo(first.exact().value() + apart);
        }
      }
    }
  }
}
