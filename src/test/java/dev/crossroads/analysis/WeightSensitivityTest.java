package dev.crossroads.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.Meta;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.method.WeightedSum;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeightSensitivityTest {
  private static final AnalysisSettings ONE_DRAW = new AnalysisSettings(1, 1, 0, 1);
  private static final Analyzer ANALYZER = new Analyzer(List.of(new WeightedSum()));

  /**
   * A rates (10, 7) and B (1, 10) on two 1..10 criteria, so their values are (1, 2/3) and
   * (0, 1); weights 0.4 and 0.6 give A 0.8 and B 0.6.
   */
  static Decision twoOptions(Map<String, Double> weights, List<Gate> gates) {
    return new Decision(
        "two",
        "en",
        List.of(new Option("a", "A"), new Option("b", "B")),
        List.of(
            Criterion.rating("c1", "C1", Direction.BENEFIT),
            Criterion.rating("c2", "C2", Direction.BENEFIT)),
        gates,
        new WeightInput.Direct(weights),
        Map.of(
            "a", Map.of("c1", Rating.of(10), "c2", Rating.of(7)),
            "b", Map.of("c1", Rating.of(1), "c2", Rating.of(10))),
        Map.of(),
        List.of(),
        Meta.NONE);
  }

  @Test
  void twoOptionIntervalsMatchAHandComputation() {
    Sensitivity s =
        ANALYZER.analyze(twoOptions(Map.of("c1", 0.4, "c2", 0.6), List.of()), ONE_DRAW).sensitivity();
    assertThat(s.winner()).isEqualTo("a");
    // c1 at t: A = t + (1 - t) 2/3, B = 1 - t; equal at t = 1/4.
    WeightInterval c1 = s.weights().get(0);
    assertThat(c1.weight()).isCloseTo(0.4, within(1e-15));
    assertThat(c1.low()).isCloseTo(0.25, within(1e-8));
    assertThat(c1.high()).isEqualTo(1.0);
    assertThat(c1.takeoverBelow()).contains("b");
    assertThat(c1.takeoverAbove()).isEmpty();
    // c2 at t: A = (1 - t) + 2t/3, B = t; equal at t = 3/4.
    WeightInterval c2 = s.weights().get(1);
    assertThat(c2.low()).isEqualTo(0.0);
    assertThat(c2.high()).isCloseTo(0.75, within(1e-8));
    assertThat(c2.takeoverBelow()).isEmpty();
    assertThat(c2.takeoverAbove()).contains("b");
  }

  @Test
  void withAllWeightOnOneCriterionTheRestIsSharedEquallyAsItsWeightFalls() {
    Sensitivity s =
        ANALYZER.analyze(twoOptions(Map.of("c1", 1.0, "c2", 0.0), List.of()), ONE_DRAW).sensitivity();
    // Same lines as the hand case for c1: the only other criterion takes all of 1 - t.
    WeightInterval c1 = s.weights().get(0);
    assertThat(c1.weight()).isEqualTo(1.0);
    assertThat(c1.low()).isCloseTo(0.25, within(1e-8));
    assertThat(c1.takeoverBelow()).contains("b");
    WeightInterval c2 = s.weights().get(1);
    assertThat(c2.weight()).isEqualTo(0.0);
    assertThat(c2.high()).isCloseTo(0.75, within(1e-8));
  }

  @Test
  void aGatedOptionCannotTakeOver() {
    Sensitivity s =
        ANALYZER
            .analyze(
                twoOptions(Map.of("c1", 0.4, "c2", 0.6), List.of(Gate.atLeast("c1", 5))), ONE_DRAW)
            .sensitivity();
    assertThat(s.weights())
        .allSatisfy(
            w -> {
              assertThat(w.low()).isEqualTo(0.0);
              assertThat(w.high()).isEqualTo(1.0);
              assertThat(w.takeoverBelow()).isEmpty();
              assertThat(w.takeoverAbove()).isEmpty();
            });
  }

  @Test
  void aSingleOptionHoldsOverTheWholeRange() {
    Decision one =
        Decision.of(
            "one",
            List.of(new Option("a", "A")),
            List.of(Criterion.rating("c1", "C1", Direction.BENEFIT)),
            new WeightInput.Direct(Map.of("c1", 1.0)),
            Map.of("a", Map.of("c1", Rating.of(3))));
    WeightInterval w = ANALYZER.analyze(one, ONE_DRAW).sensitivity().weights().get(0);
    assertThat(w.low()).isEqualTo(0.0);
    assertThat(w.high()).isEqualTo(1.0);
  }

  @Test
  void atEachReportedEndTheWinnerChangesAndInsideItHoldsInGeneratedDecisions() {
    double eps = 1e-7;
    int endsChecked = 0;
    for (long seed = 0; seed < 400; seed++) {
      Decision d = Generated.decision(seed, false, true);
      Sensitivity s = ANALYZER.analyze(d, ONE_DRAW).sensitivity();
      assertThat(Wsm.winner(d)).as("seed %d", seed).isEqualTo(s.winner());
      // One criterion's weight is always all of it; moving it only shrinks every score together.
      for (int k = 0; k < d.criteria().size() && d.criteria().size() > 1; k++) {
        WeightInterval w = s.weights().get(k);
        String where = "seed " + seed + " criterion " + w.criterionId() + " " + w;
        assertThat(w.low()).as(where).isBetween(0.0, w.weight());
        assertThat(w.high()).as(where).isBetween(w.weight(), 1.0);
        if (w.high() - w.low() < 10 * eps) {
          continue;
        }
        assertThat(Wsm.winnerAtWeight(d, k, w.low() + eps)).as(where).isEqualTo(s.winner());
        assertThat(Wsm.winnerAtWeight(d, k, w.high() - eps)).as(where).isEqualTo(s.winner());
        assertThat(Wsm.winnerAtWeight(d, k, (w.low() + w.high()) / 2)).as(where).isEqualTo(s.winner());
        // Ends within the tie tolerance of 0 or 1 leave no weight beyond them to try.
        if (w.low() == 0 || w.low() > eps) {
          endsChecked += checkEnd(d, k, w.low() - eps, w.takeoverBelow(), w.low() > 0, where);
        }
        if (w.high() == 1 || w.high() < 1 - eps) {
          endsChecked += checkEnd(d, k, w.high() + eps, w.takeoverAbove(), w.high() < 1, where);
        }
      }
    }
    assertThat(endsChecked).isGreaterThan(100);
  }

  private static int checkEnd(
      Decision d, int k, double t, Optional<String> takeover, boolean inside, String where) {
    if (!inside) {
      assertThat(takeover).as(where).isEmpty();
      return 0;
    }
    assertThat(takeover).as(where).isPresent();
    assertThat(Wsm.winnerAtWeight(d, k, t)).as(where).isEqualTo(takeover.get());
    return 1;
  }
}
