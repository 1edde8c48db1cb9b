package dev.crossroads.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.Meta;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.method.WeightedSum;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatingSensitivityTest {
  private static final AnalysisSettings ONE_DRAW = new AnalysisSettings(1, 1, 0, 1);
  private static final Analyzer ANALYZER = new Analyzer(List.of(new WeightedSum()));

  @Test
  void theSmallestChangeMatchesAHandComputation() {
    Decision d = WeightSensitivityTest.twoOptions(Map.of("c1", 0.4, "c2", 0.6), List.of());
    Sensitivity s = ANALYZER.analyze(d, ONE_DRAW).sensitivity();
    // A = 0.4 + 0.6 v(c2) falls to B's 0.6 at v = 1/3, i.e. rating 4: 3 of 9 points down. At 4
    // the two tie and A keeps first place on option order, so the value to try is 3.9.
    RatingChange smallest = s.smallestRatingChange().orElseThrow();
    assertThat(smallest.optionId()).isEqualTo("a");
    assertThat(smallest.criterionId()).isEqualTo("c2");
    assertThat(smallest.from()).isEqualTo(7.0);
    assertThat(smallest.to()).isEqualTo(3.9);
    assertThat(smallest.span()).isEqualTo(9.0);
    assertThat(smallest.fractionOfSpan()).isCloseTo(3.1 / 9, within(1e-9));
    assertThat(smallest.newWinner()).contains("b");
    // A on c1 down to 5.5 (0.4 v + 0.4 = 0.6 at v = 1/2); B on c1 up to 5.5 (0.4 v + 0.6 = 0.8);
    // a tie at 5.5 keeps A first, so the values to try are 5.4 and 5.6.
    assertThat(s.ratingChanges()).hasSize(3);
    RatingChange aC1 = find(s, "a", "c1");
    assertThat(aC1.to()).isEqualTo(5.4);
    RatingChange bC1 = find(s, "b", "c1");
    assertThat(bC1.to()).isEqualTo(5.6);
    assertThat(bC1.newWinner()).contains("b");
    // B is already at the top of c2, and raising A's c1 is impossible: no entries for them.
    assertThat(s.ratingChanges())
        .noneMatch(c -> c.optionId().equals("b") && c.criterionId().equals("c2"));
  }

  @Test
  void aMinMaxQuantityChangeIsFoundByBisectionAtTheExactCrossing() {
    // Salary min-max scaled between the options' own values: A 300, B 100, C 200; weight 0.5
    // each with a 1..10 rating where A 1, B 10, C 5.5. Values: A (1, 0), B (0, 1), C (0.5, 0.5).
    // Scores: 0.5 each... so tilt: weights 0.6 salary, 0.4 rating: A 0.6, B 0.4, C 0.5.
    // Lowering A's salary x below 200 (others span 100..200, C then max) gives
    // A = 0.6 (x - 100) / 100, C = 0.6 + 0.2 = 0.8: A never wins there; for x in (200, 300)
    // A = 0.6, C = 0.6 * 100 / (x - 100) + 0.2 equals 0.6 at x = 250.
    Decision d =
        Decision.of(
            "quantity",
            List.of(new Option("a", "A"), new Option("b", "B"), new Option("c", "C")),
            List.of(
                new Criterion("salary", "Salary", Direction.BENEFIT, QuantityScale.of("krw")),
                Criterion.rating("fit", "Fit", Direction.BENEFIT)),
            new WeightInput.Direct(Map.of("salary", 0.6, "fit", 0.4)),
            Map.of(
                "a", Map.of("salary", Rating.of(300), "fit", Rating.of(1)),
                "b", Map.of("salary", Rating.of(100), "fit", Rating.of(10)),
                "c", Map.of("salary", Rating.of(200), "fit", Rating.of(5.5))));
    Sensitivity s = ANALYZER.analyze(d, ONE_DRAW).sensitivity();
    assertThat(s.winner()).isEqualTo("a");
    RatingChange aSalary = find(s, "a", "salary");
    // 250 is a tie that A keeps on option order; the readable value to try is the next step, 240.
    assertThat(aSalary.to()).isEqualTo(240.0);
    assertThat(aSalary.span()).isEqualTo(200.0);
    assertThat(aSalary.fractionOfSpan()).isCloseTo(0.3, within(1e-9));
    assertThat(aSalary.newWinner()).contains("c");
  }

  @Test
  void aChangeThatTripsAGateIsFoundAtTheThreshold() {
    // Gate on c2 >= 8.5: B passes at 10, A (7) fails, so B wins; lowering B's c2 below 8.5
    // gates B out too, and then all fail and A wins on score.
    Decision d =
        WeightSensitivityTest.twoOptions(
            Map.of("c1", 0.4, "c2", 0.6), List.of(Gate.atLeast("c2", 8.5)));
    Sensitivity s = ANALYZER.analyze(d, ONE_DRAW).sensitivity();
    assertThat(s.winner()).isEqualTo("b");
    RatingChange bC2 = find(s, "b", "c2");
    // 8.5 itself still passes; just below it is where B is gated out.
    assertThat(bC2.to()).isEqualTo(8.4);
    // Below 8.5 B fails too, and with no option passing there is no first place at all.
    assertThat(bC2.newWinner()).isEmpty();
    RatingChange aC2 = find(s, "a", "c2");
    assertThat(aC2.to()).isEqualTo(8.5);
    assertThat(aC2.newWinner()).contains("a");
  }

  @Test
  void applyingTheChangeFlipsTheWinnerAndNoSmallerChangeInTheCellDoesInGeneratedDecisions() {
    int checked = 0;
    int minMaxChecked = 0;
    for (long seed = 1000; seed < 1150; seed++) {
      Decision d = Generated.decision(seed, false, true);
      Sensitivity s = ANALYZER.analyze(d, ONE_DRAW).sensitivity();
      String winner = s.winner();
      for (Option o : d.options()) {
        for (Criterion c : d.criteria()) {
          RatingChange change =
              s.ratingChanges().stream()
                  .filter(r -> r.optionId().equals(o.id()) && r.criterionId().equals(c.id()))
                  .findFirst()
                  .orElse(null);
          double from = d.rating(o.id(), c.id()).central();
          String where = "seed " + seed + " " + o.id() + "/" + c.id() + " " + change;
          double reach = Double.POSITIVE_INFINITY;
          if (change != null) {
            double dir = change.direction();
            assertThat(Wsm.standingWithRating(d, o.id(), c.id(), change.to()))
                .as(where)
                .isEqualTo(change.newWinner().orElse(Wsm.NONE));
            assertThat(change.newWinner()).as(where).isNotEqualTo(java.util.Optional.of(winner));
            double gap = Math.abs(change.to() - from);
            assertThat(gap).as(where).isPositive();
            assertThat(Math.signum(change.to() - from)).as(where).isEqualTo(dir);
            // The value is rounded outward by less than two readable steps past the crossing.
            double step = Math.pow(10, Math.floor(Math.log10(change.span())) - 1);
            double exact = Math.max(0, gap - 2 * step);
            for (double f : new double[] {0.1, 0.5, 0.9}) {
              double x = from + dir * exact * f;
              assertThat(Wsm.standingWithRating(d, o.id(), c.id(), x)).as(where + " at " + x).isIn(winner, Wsm.TIED);
            }
            assertThat(change.fractionOfSpan()).as(where).isCloseTo(gap / change.span(), within(1e-12));
            reach = exact * (1 - 1e-7) - 1e-9 * change.span();
            checked++;
            if (c.scale() instanceof QuantityScale q && !q.hasFixedEnds()) {
              minMaxChecked++;
            }
          }
          // Nearest in both directions: every value closer than the change keeps the winner.
          double[] domain = domain(d, c);
          for (int g = 0; g <= 20; g++) {
            double x = domain[0] + (domain[1] - domain[0]) * g / 20;
            if (Math.abs(x - from) < reach) {
              // Drawing level is no change of first place.
              assertThat(Wsm.standingWithRating(d, o.id(), c.id(), x))
                  .as(where + " at " + x)
                  .isIn(winner, Wsm.TIED);
            }
          }
        }
      }
      assertThat(s.smallestRatingChange())
          .isEqualTo(s.ratingChanges().stream().findFirst());
      for (int r = 1; r < s.ratingChanges().size(); r++) {
        assertThat(s.ratingChanges().get(r).fractionOfSpan())
            .isGreaterThanOrEqualTo(s.ratingChanges().get(r - 1).fractionOfSpan());
      }
    }
    assertThat(checked).isGreaterThan(150);
    assertThat(minMaxChecked).isGreaterThan(20);
  }

  /** The range the search covers, as documented on RatingSensitivity. */
  private static double[] domain(Decision d, Criterion c) {
    double x = 0;
    if (c.scale() instanceof RatingScale r) {
      return new double[] {r.min(), r.max()};
    }
    QuantityScale q = (QuantityScale) c.scale();
    if (q.hasFixedEnds()) {
      double a = q.worst().getAsDouble();
      double b = q.best().getAsDouble();
      return new double[] {Math.min(a, b), Math.max(a, b)};
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Option o : d.options()) {
      x = d.rating(o.id(), c.id()).central();
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    double span = max - min;
    return new double[] {min - span, max + span};
  }

  private static RatingChange find(Sensitivity s, String option, String criterion) {
    return s.ratingChanges().stream()
        .filter(r -> r.optionId().equals(option) && r.criterionId().equals(criterion))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change listed for " + option + "/" + criterion));
  }
}
