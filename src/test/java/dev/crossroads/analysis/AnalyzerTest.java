package dev.crossroads.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.InvalidDecisionException;
import dev.crossroads.decision.Meta;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.method.Aggregation;
import dev.crossroads.method.DecisionMatrix;
import dev.crossroads.method.WeightedSum;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
  private static final AnalysisSettings FEW_DRAWS = new AnalysisSettings(1, 500, 0.02, 1);

  /** Ranks options by the negated weighted sum: a method that always disagrees. */
  private static final Aggregation CONTRARIAN =
      new Aggregation() {
        @Override
        public String id() {
          return "contrarian";
        }

        @Override
        public double[] scores(DecisionMatrix matrix, double[] weights) {
          double[] s = new WeightedSum().scores(matrix, weights);
          for (int i = 0; i < s.length; i++) {
            s[i] = -s[i];
          }
          return s;
        }
      };

  /** Three options on two 1..10 criteria; values are (x - 1) / 9. */
  static Decision threeOptions(List<Gate> gates) {
    List<Criterion> criteria =
        List.of(
            Criterion.rating("growth", "Growth", Direction.BENEFIT),
            Criterion.rating("stress", "Stress", Direction.COST));
    return new Decision(
        "three",
        "en",
        List.of(new Option("a", "A"), new Option("b", "B"), new Option("c", "C")),
        criteria,
        gates,
        new WeightInput.Points(Map.of("growth", 60.0, "stress", 40.0)),
        Map.of(
            "a", Map.of("growth", Rating.of(10), "stress", Rating.of(10)),
            "b", Map.of("growth", Rating.of(7), "stress", Rating.of(4)),
            "c", Map.of("growth", Rating.of(1), "stress", Rating.of(1))),
        Map.of(),
        List.of(),
        Meta.NONE);
  }

  @Test
  void weightedSumScoresAndRanksMatchAHandComputation() {
    AnalysisResult result =
        new Analyzer(List.of(new WeightedSum())).analyze(threeOptions(List.of()), FEW_DRAWS);

    assertThat(result.weights()).containsEntry("growth", 0.6).containsEntry("stress", 0.4);
    MethodRanking wsm = result.method("wsm").orElseThrow();
    // a: 0.6*1 + 0.4*0 = 0.6; b: 0.6*(6/9) + 0.4*(6/9) = 0.6667; c: 0 + 0.4*1 = 0.4
    assertThat(wsm.order()).containsExactly("b", "a", "c");
    assertThat(wsm.ranking().get(0).score()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(wsm.ranking().get(1).score()).isCloseTo(0.6, within(1e-12));
    assertThat(wsm.ranking()).extracting(RankedOption::rank).containsExactly(1, 2, 3);
    assertThat(result.sensitivity().winner()).isEqualTo("b");
  }

  @Test
  void methodsThatRankAlikeAgreeOnWinnerAndRanking() {
    AnalysisResult result =
        new Analyzer(List.of(new WeightedSum(), new WeightedSum()))
            .analyze(threeOptions(List.of()), FEW_DRAWS);
    assertThat(result.methodsAgreeOnWinner()).isTrue();
    assertThat(result.methodsAgreeOnRanking()).isTrue();
  }

  @Test
  void methodsThatRankDifferentlyDisagree() {
    AnalysisResult result =
        new Analyzer(List.of(new WeightedSum(), CONTRARIAN))
            .analyze(threeOptions(List.of()), FEW_DRAWS);
    assertThat(result.method("contrarian").orElseThrow().winner()).isEqualTo("c");
    assertThat(result.methodsAgreeOnWinner()).isFalse();
    assertThat(result.methodsAgreeOnRanking()).isFalse();
  }

  @Test
  void anOptionFailingAGateIsMarkedAndRankedAfterThePassingOnesInEveryMethod() {
    Gate calm = Gate.atMost("stress", 6);
    AnalysisResult result =
        new Analyzer(List.of(new WeightedSum(), CONTRARIAN))
            .analyze(threeOptions(List.of(calm)), FEW_DRAWS);

    assertThat(result.failedGates().get("a")).containsExactly(calm);
    assertThat(result.failedGates().get("b")).isEmpty();
    assertThat(result.allOptionsFailGates()).isFalse();
    assertThat(result.method("wsm").orElseThrow().order()).containsExactly("b", "c", "a");
    assertThat(result.method("contrarian").orElseThrow().order()).containsExactly("c", "b", "a");
    assertThat(result.method("wsm").orElseThrow().option("a").orElseThrow().passesGates()).isFalse();
  }

  @Test
  void whenEveryOptionFailsAGateAllAreMarkedAndRankedByScore() {
    AnalysisResult result =
        new Analyzer(List.of(new WeightedSum()))
            .analyze(threeOptions(List.of(Gate.atLeast("growth", 11))), FEW_DRAWS);
    assertThat(result.allOptionsFailGates()).isTrue();
    assertThat(result.failedGates().values()).allSatisfy(g -> assertThat(g).hasSize(1));
    assertThat(result.method("wsm").orElseThrow().order()).containsExactly("b", "a", "c");
  }

  @Test
  void aGatedOptionIsNeverRankedFirstByAnyMethodInGeneratedDecisions() {
    Analyzer analyzer = new Analyzer(List.of(new WeightedSum(), CONTRARIAN));
    int gatedSeen = 0;
    for (long seed = 0; seed < 300; seed++) {
      Decision d = Generated.decision(seed, false, true);
      AnalysisResult result = analyzer.analyze(d, FEW_DRAWS.withDraws(50));
      if (result.allOptionsFailGates()) {
        continue;
      }
      for (MethodRanking method : result.methods()) {
        assertThat(result.passesGates(method.winner())).as("seed %d %s", seed, method.methodId()).isTrue();
        gatedSeen += result.failedGates().values().stream().filter(g -> !g.isEmpty()).count();
      }
      assertThat(result.passesGates(result.sensitivity().winner())).as("seed %d", seed).isTrue();
    }
    assertThat(gatedSeen).isPositive();
  }

  @Test
  void theSameDecisionAndSettingsGiveTheSameResult() {
    Decision d = Generated.decision(42, true, true);
    Analyzer analyzer = new Analyzer(List.of(new WeightedSum()));
    assertThat(analyzer.analyze(d, FEW_DRAWS)).isEqualTo(analyzer.analyze(d, FEW_DRAWS));
  }

  @Test
  void aMissingRatingIsReportedByOptionAndCriterion() {
    Decision d = threeOptions(List.of());
    Decision missing =
        d.withRatings(Map.of("a", d.ratings().get("a"), "b", d.ratings().get("b"), "c", Map.of("growth", Rating.of(3))));
    assertThatThrownBy(() -> new Analyzer(List.of()).analyze(missing, FEW_DRAWS))
        .isInstanceOfSatisfying(
            InvalidDecisionException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("analysis.missingRating");
              assertThat(e.arguments()).containsExactly("c", "stress");
            });
  }

  @Test
  void aGateOnAnUnknownCriterionIsReported() {
    Decision d = threeOptions(List.of(Gate.atLeast("salary", 3)));
    assertThatThrownBy(() -> new Analyzer(List.of()).analyze(d, FEW_DRAWS))
        .isInstanceOfSatisfying(
            InvalidDecisionException.class,
            e -> assertThat(e.messageKey()).isEqualTo("analysis.unknownGateCriterion"));
  }

  @Test
  void aDecisionWithoutOptionsIsReported() {
    Decision d = Decision.of("empty", List.of(), threeOptions(List.of()).criteria(), new WeightInput.Direct(Map.of("growth", 1.0)), Map.of());
    assertThatThrownBy(() -> new Analyzer(List.of()).analyze(d, FEW_DRAWS))
        .isInstanceOfSatisfying(
            InvalidDecisionException.class, e -> assertThat(e.messageKey()).isEqualTo("analysis.noOptions"));
  }
}
