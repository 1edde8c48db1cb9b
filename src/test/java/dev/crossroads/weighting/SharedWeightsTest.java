package dev.crossroads.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.InvalidDecisionException;
import dev.crossroads.decision.WeightInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One criterion with a fixed share beside any other method (the money view's net worth). */
class SharedWeightsTest {
  private static final List<Criterion> CRITERIA = List.of(Criterion.rating("growth", "Growth", Direction.BENEFIT),
      Criterion.rating("salary", "Salary", Direction.BENEFIT), Criterion.rating("time", "Time", Direction.BENEFIT),
      Criterion.rating("networth", "Net worth", Direction.BENEFIT));
  private static final List<Criterion> OTHERS = CRITERIA.subList(0, 3);

  @Test
  void theSharedCriterionGetsItsPercentAndTheOthersKeepTheirProportions() {
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      WeightInput rest = random.nextBoolean()
          ? new WeightInput.RankOrder(shuffled(random))
          : new WeightInput.Pairwise(List.of(
              new WeightInput.Judgement("growth", "salary", 1 + random.nextInt(9)),
              new WeightInput.Judgement("time", "growth", 1.0 / (1 + random.nextInt(9))),
              new WeightInput.Judgement("salary", "time", 1 + random.nextInt(9))));
      double percent = random.nextInt(101);
      Map<String, Double> alone = Weighting.compute(OTHERS, rest).byCriterion();
      Weights shared = Weighting.compute(CRITERIA,
          new WeightInput.Shared(rest, "networth", percent, List.of()));

      assertThat(shared.byCriterion().get("networth")).isCloseTo(percent / 100, within(1e-12));
      for (Criterion c : OTHERS) {
        assertThat(shared.byCriterion().get(c.id()))
            .isCloseTo(alone.get(c.id()) * (1 - percent / 100), within(1e-12));
      }
      assertThat(shared.consistency()).isEqualTo(Weighting.compute(OTHERS, rest).consistency());
    }
  }

  @Test
  void criteriaWithoutWeightGetNothingAndTheRestShareWhatIsLeft() {
    WeightInput rest = new WeightInput.RankOrder(List.of("salary", "growth", "time"));
    Map<String, Double> alone = Weighting.compute(OTHERS, rest).byCriterion();
    Map<String, Double> w = Weighting.compute(CRITERIA,
        new WeightInput.Shared(rest, "networth", 30, List.of("salary"))).byCriterion();

    assertThat(w.get("salary")).isZero();
    assertThat(w.get("networth")).isCloseTo(0.3, within(1e-12));
    double kept = alone.get("growth") + alone.get("time");
    assertThat(w.get("growth")).isCloseTo(alone.get("growth") / kept * 0.7, within(1e-12));
    assertThat(w.get("time")).isCloseTo(alone.get("time") / kept * 0.7, within(1e-12));
  }

  @Test
  void aZeroShareWithEveryOtherCriterionLeftOutKeepsTheirPart() {
    // Otherwise money, counted by the left-out criteria and by net worth, would weigh nowhere.
    WeightInput rest = new WeightInput.Points(Map.of("growth", 1.0, "salary", 3.0, "time", 0.0));
    Map<String, Double> w = Weighting.compute(CRITERIA,
        new WeightInput.Shared(rest, "networth", 0, List.of("growth", "salary"))).byCriterion();

    assertThat(w.get("growth")).isCloseTo(0.25, within(1e-12));
    assertThat(w.get("salary")).isCloseTo(0.75, within(1e-12));
    assertThat(w.get("networth")).isZero();
  }

  @Test
  void aShareOnNoCriterionOrOutsideTheScaleIsRefused() {
    WeightInput rest = new WeightInput.RankOrder(List.of("salary", "growth", "time"));
    assertThat(catchThrowableOfType(InvalidDecisionException.class, () -> Weighting.compute(
        OTHERS, new WeightInput.Shared(rest, "networth", 20, List.of()))).getMessage())
        .contains("weighting.unknownCriterion");
    assertThat(catchThrowableOfType(InvalidDecisionException.class, () -> Weighting.compute(
        CRITERIA, new WeightInput.Shared(rest, "networth", 101, List.of()))).getMessage())
        .contains("weighting.sharePercent");
  }

  private static List<String> shuffled(Random random) {
    List<String> ids = new ArrayList<>(List.of("growth", "salary", "time"));
    java.util.Collections.shuffle(ids, random);
    return ids;
  }
}
