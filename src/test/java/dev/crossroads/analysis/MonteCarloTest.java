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
import dev.crossroads.weighting.Weighting;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonteCarloTest {
  private static final Analyzer ANALYZER = new Analyzer(List.of(new WeightedSum()));

  private static Robustness run(Decision d, AnalysisSettings settings) {
    double[] w = Weighting.compute(d.criteria(), d.weights()).toArray(d.criteria());
    return new MonteCarlo(d, w).run(settings);
  }

  private static OptionOdds odds(Robustness r, String optionId) {
    return r.options().stream().filter(o -> o.optionId().equals(optionId)).findFirst().orElseThrow();
  }

  @Test
  void withPointRatingsAndExactWeightsTheWeightedSumWinnerWinsEveryDrawOrSharesATie() {
    for (long seed = 0; seed < 300; seed++) {
      Decision d = Generated.decision(seed, false, true);
      AnalysisResult result = ANALYZER.analyze(d, new AnalysisSettings(seed, 300, 0, 2));
      if (result.allOptionsFailGates()) {
        assertThat(result.robustness().probabilityNonePasses()).as("seed %d", seed).isEqualTo(1.0);
        continue;
      }
      String winner = result.method("wsm").orElseThrow().winner();
      int level = Math.max(1, result.verdict().tied().size());
      assertThat(odds(result.robustness(), winner).probabilityFirst())
          .as("seed %d", seed)
          .isEqualTo(1.0 / level);
    }
  }

  @Test
  void aVanishinglySmallSpreadKeepsTheStatedWeights() {
    Decision d = Generated.decision(3, false, false);
    Robustness r = run(d, new AnalysisSettings(1, 500, Double.MIN_VALUE, 1));
    assertThat(odds(r, Wsm.winner(d)).probabilityFirst()).isEqualTo(1.0);
  }

  @Test
  void theSameSeedGivesIdenticalResultsOnOneThreadAndOnTwo() {
    for (long seed = 0; seed < 20; seed++) {
      Decision d = Generated.decision(seed, true, true);
      AnalysisSettings settings = new AnalysisSettings(seed, 3 * MonteCarlo.BLOCK + 17, 0.05, 1);
      assertThat(run(d, settings.withThreads(2))).as("seed %d", seed).isEqualTo(run(d, settings));
      assertThat(run(d, settings.withThreads(3))).as("seed %d", seed).isEqualTo(run(d, settings));
    }
  }

  @Test
  void differentSeedsGiveDifferentResults() {
    Decision d = Generated.decision(7, true, false);
    AnalysisSettings settings = new AnalysisSettings(1, 20_000, 0.02, 2);
    double[] a = run(d, settings).options().stream().mapToDouble(OptionOdds::wins).toArray();
    double[] b = run(d, settings.withSeed(2)).options().stream().mapToDouble(OptionOdds::wins).toArray();
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void chancesAndTheNoOptionPassesShareSumToOneAndStandardErrorsFollowTheBinomialFormula() {
    for (long seed = 0; seed < 50; seed++) {
      Decision d = Generated.decision(seed, true, true);
      Robustness r = run(d, new AnalysisSettings(seed, 5_000, 0.02, 2));
      double total = r.options().stream().mapToDouble(OptionOdds::probabilityFirst).sum();
      assertThat(total + r.probabilityNonePasses()).as("seed %d", seed).isCloseTo(1.0, within(1e-12));
      double wins = r.options().stream().mapToDouble(OptionOdds::wins).sum();
      assertThat(wins + r.probabilityNonePasses() * 5_000).isCloseTo(5_000, within(1e-6));
      for (OptionOdds o : r.options()) {
        double p = o.probabilityFirst();
        assertThat(p).isEqualTo(o.wins() / 5_000);
        assertThat(o.standardError()).isEqualTo(Math.sqrt(p * (1 - p) / 5_000));
        assertThat(o.meanRank()).isBetween(1.0, (double) d.options().size());
      }
      double meanRanks = r.options().stream().mapToDouble(OptionOdds::meanRank).sum();
      int n = d.options().size();
      assertThat(meanRanks).as("seed %d", seed).isCloseTo(n * (n + 1) / 2.0, within(1e-9));
    }
  }

  @Test
  void anOptionWhoseWholeRangeFailsAGateNeverWinsADraw() {
    int gatedOut = 0;
    for (long seed = 0; seed < 300; seed++) {
      Decision d = Generated.decision(seed, true, true);
      if (d.gates().isEmpty()) {
        continue;
      }
      Gate gate = d.gates().get(0);
      boolean someoneAlwaysPasses = false;
      for (Option o : d.options()) {
        Rating r = d.rating(o.id(), gate.criterionId());
        someoneAlwaysPasses |= gate.passes(r.low()) && gate.passes(r.high());
      }
      if (!someoneAlwaysPasses) {
        continue;
      }
      Robustness r = run(d, new AnalysisSettings(seed, 2_000, 0.05, 2));
      for (Option o : d.options()) {
        Rating rating = d.rating(o.id(), gate.criterionId());
        if (!gate.passes(rating.low()) && !gate.passes(rating.high())) {
          assertThat(odds(r, o.id()).wins()).as("seed %d %s", seed, o.id()).isZero();
          assertThat(odds(r, o.id()).meanRank()).as("seed %d %s", seed, o.id()).isGreaterThan(1.0);
          gatedOut++;
        }
      }
    }
    assertThat(gatedOut).isGreaterThan(20);
  }

  @Test
  void theGateIsTestedOnTheDrawnValue() {
    // B is always ahead on score (fit), but its salary is uniform on 2..10 under a gate of at
    // least 6, so it passes, and wins, when the draw is at least 6: (10 - 6) / (10 - 2) = 1/2.
    // A always passes.
    Decision d =
        new Decision(
            "gate",
            "en",
            List.of(new Option("a", "A"), new Option("b", "B")),
            List.of(
                Criterion.rating("salary", "Salary", Direction.BENEFIT),
                Criterion.rating("fit", "Fit", Direction.BENEFIT)),
            List.of(Gate.atLeast("salary", 6)),
            new WeightInput.Direct(Map.of("salary", 0.0, "fit", 1.0)),
            Map.of(
                "a", Map.of("salary", Rating.of(7), "fit", Rating.of(1)),
                "b", Map.of("salary", Rating.range(2, 10), "fit", Rating.of(10))),
            Map.of(),
            List.of(),
            Meta.NONE);
    OptionOdds b = odds(run(d, new AnalysisSettings(3, 40_000, 0, 2)), "b");
    assertThat(b.probabilityFirst()).isCloseTo(0.5, within(4 * b.standardError()));
  }

  @Test
  void uniformAndTriangularRangesAreDrawnWithTheirOwnDistributions() {
    // A is fixed at 5.5 on 1..10; B beats it when its draw is above 5.5.
    Robustness uniform =
        run(oneCriterion(Rating.of(5.5), Rating.range(1, 10), List.of()), new AnalysisSettings(5, 40_000, 0, 2));
    OptionOdds u = odds(uniform, "b");
    assertThat(u.probabilityFirst()).isCloseTo(0.5, within(4 * u.standardError()));
    // Triangular(1, 1, 10): P(X > 5.5) = ((10 - 5.5) / 9)^2 = 1/4.
    Robustness triangular =
        run(oneCriterion(Rating.of(5.5), Rating.range(1, 1, 10), List.of()), new AnalysisSettings(5, 40_000, 0, 2));
    OptionOdds t = odds(triangular, "b");
    assertThat(t.probabilityFirst()).isCloseTo(0.25, within(4 * t.standardError()));
    // Triangular(1, 4, 10) on both sides of its mode:
    // P(X > 5.5) = (10 - 5.5)^2 / (9 * 6) = 0.375 and P(X > 2.5) = 1 - (2.5 - 1)^2 / (9 * 3).
    for (double[] c : new double[][] {{5.5, 0.375}, {2.5, 1 - 2.25 / 27}}) {
      Robustness r =
          run(oneCriterion(Rating.of(c[0]), Rating.range(1, 4, 10), List.of()), new AnalysisSettings(8, 40_000, 0, 2));
      OptionOdds b = odds(r, "b");
      assertThat(b.probabilityFirst()).as("above %s", c[0]).isCloseTo(c[1], within(4 * b.standardError()));
    }
  }

  @Test
  void weightsAreDrawnFromTheDirichletAroundTheStatedWeights() {
    // A is best on c1 only, B on c2 only, so A wins exactly when W1 > 1/2. With weights 0.6/0.4
    // and concentration 50, W1 ~ Beta(30, 20).
    Decision d =
        Decision.of(
            "dirichlet",
            List.of(new Option("a", "A"), new Option("b", "B")),
            List.of(
                Criterion.rating("c1", "C1", Direction.BENEFIT),
                Criterion.rating("c2", "C2", Direction.BENEFIT)),
            new WeightInput.Direct(Map.of("c1", 0.6, "c2", 0.4)),
            Map.of(
                "a", Map.of("c1", Rating.of(10), "c2", Rating.of(1)),
                "b", Map.of("c1", Rating.of(1), "c2", Rating.of(10))));
    OptionOdds a = odds(run(d, new AnalysisSettings(11, 40_000, 1 / 50.0, 2)), "a");
    double expected = betaTail(30, 20, 0.5);
    assertThat(expected).isBetween(0.9, 0.95);
    assertThat(a.probabilityFirst()).isCloseTo(expected, within(4 * a.standardError()));
  }

  @Test
  void aZeroWeightStaysZeroInEveryDraw() {
    // Only c2 separates the options, and it weighs nothing: every draw is a tie, shared evenly.
    Decision d =
        Decision.of(
            "zero",
            List.of(new Option("a", "A"), new Option("b", "B")),
            List.of(
                Criterion.rating("c1", "C1", Direction.BENEFIT),
                Criterion.rating("c2", "C2", Direction.BENEFIT)),
            new WeightInput.Direct(Map.of("c1", 1.0, "c2", 0.0)),
            Map.of(
                "a", Map.of("c1", Rating.of(5), "c2", Rating.of(1)),
                "b", Map.of("c1", Rating.of(5), "c2", Rating.of(10))));
    assertThat(odds(run(d, new AnalysisSettings(1, 5_000, 0.5, 2)), "a").probabilityFirst()).isEqualTo(0.5);
  }

  @Test
  void gammaDrawsHaveTheRightMeanAndVariance() {
    java.util.SplittableRandom rng = new java.util.SplittableRandom(99);
    for (double shape : new double[] {0.3, 1, 4.2, 30}) {
      int count = 100_000;
      double sum = 0;
      double sumSq = 0;
      for (int i = 0; i < count; i++) {
        double g = Gamma.sample(rng, shape);
        sum += g;
        sumSq += g * g;
      }
      double mean = sum / count;
      double variance = sumSq / count - mean * mean;
      // Gamma(k, 1) has mean k and variance k; the mean's standard error is sqrt(k / count).
      assertThat(mean).as("shape %s", shape).isCloseTo(shape, within(5 * Math.sqrt(shape / count)));
      assertThat(variance).as("shape %s", shape).isCloseTo(shape, within(0.06 * shape));
    }
  }

  private static Decision oneCriterion(Rating a, Rating b, List<Gate> gates) {
    return new Decision(
        "one",
        "en",
        List.of(new Option("a", "A"), new Option("b", "B")),
        List.of(Criterion.rating("c", "C", Direction.BENEFIT)),
        gates,
        new WeightInput.Direct(Map.of("c", 1.0)),
        Map.of("a", Map.of("c", a), "b", Map.of("c", b)),
        Map.of(),
        List.of(),
        Meta.NONE);
  }

  /** P(X > x) for X ~ Beta(a, b), by Simpson's rule on the unnormalised density. */
  private static double betaTail(double a, double b, double x) {
    return simpson(a, b, x, 1) / simpson(a, b, 0, 1);
  }

  private static double simpson(double a, double b, double from, double to) {
    int steps = 20_000;
    double h = (to - from) / steps;
    double sum = 0;
    for (int s = 0; s <= steps; s++) {
      double t = from + s * h;
      double f = Math.pow(t, a - 1) * Math.pow(1 - t, b - 1);
      sum += f * (s == 0 || s == steps ? 1 : (s % 2 == 1 ? 4 : 2));
    }
    return sum * h / 3;
  }

  @Test
  void anOptionFailingADealbreakerInADrawIsNeverFirstInThatDraw() {
    // B beats A but its rating straddles the minimum, and A always fails it: B is first exactly
    // in the draws where it passes, A never, and the other draws have no first at all.
    Decision d =
        Decision.of(
                "gate",
                List.of(new Option("a", "A"), new Option("b", "B")),
                List.of(Criterion.rating("fit", "Fit", Direction.BENEFIT)),
                new WeightInput.Direct(Map.of("fit", 1.0)),
                Map.of("a", Map.of("fit", Rating.of(2)), "b", Map.of("fit", Rating.range(4, 8))))
            .withGates(List.of(Gate.atLeast("fit", 5)));
    Robustness r = run(d, new AnalysisSettings(3, 20_000, 0, 1));
    OptionOdds b = r.odds("b");
    assertThat(b.probabilityFailsGate()).isCloseTo(0.25, within(0.02));
    assertThat(b.probabilityFirst()).isCloseTo(0.75, within(0.02));
    assertThat(r.odds("a").probabilityFirst()).isZero();
    assertThat(b.probabilityFirst() + b.probabilityFailsGate()).isEqualTo(1.0);
    assertThat(r.probabilityNonePasses()).isEqualTo(b.probabilityFailsGate());
    assertThat(r.gates()).extracting(GateOdds::optionId).containsExactly("a", "b");
    assertThat(r.gates().get(0).probabilityFails()).isEqualTo(1.0);
    assertThat(r.gates().get(1).probabilityFails()).isEqualTo(b.probabilityFailsGate());
  }

  @Test
  void twoIdenticalOptionsShareFirstPlaceEvenly() {
    // Identical ratings score level in every draw: each takes half of every first place, instead
    // of the earlier one taking them all.
    Decision d =
        Decision.of(
            "twins",
            List.of(new Option("a", "A"), new Option("b", "B"), new Option("c", "C")),
            List.of(Criterion.rating("fit", "Fit", Direction.BENEFIT)),
            new WeightInput.Direct(Map.of("fit", 1.0)),
            Map.of(
                "a", Map.of("fit", Rating.range(6, 9)),
                "b", Map.of("fit", Rating.range(6, 9)),
                "c", Map.of("fit", Rating.of(2))));
    Robustness r = run(d, new AnalysisSettings(5, 4_000, 0.02, 1));
    assertThat(r.odds("a").probabilityFirst()).isCloseTo(0.5, within(0.03));
    assertThat(r.odds("b").probabilityFirst()).isCloseTo(0.5, within(0.03));
    Decision same = d.withRatings(
        Map.of("a", Map.of("fit", Rating.of(7)), "b", Map.of("fit", Rating.of(7)), "c", Map.of("fit", Rating.of(2))));
    Robustness level = run(same, new AnalysisSettings(5, 1_000, 0, 1));
    assertThat(level.odds("a").probabilityFirst()).isEqualTo(0.5);
    assertThat(level.odds("b").probabilityFirst()).isEqualTo(0.5);
  }
}
