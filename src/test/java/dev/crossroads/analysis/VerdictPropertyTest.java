package dev.crossroads.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.RatingScale;
import dev.crossroads.method.Topsis;
import dev.crossroads.method.WeightedProduct;
import dev.crossroads.method.WeightedSum;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verdict never says what its own numbers deny, on 600 seeded random decisions aimed at its
 * edges (see {@link VerdictCases}).
 */
class VerdictPropertyTest {
  private static final Analyzer ANALYZER =
      new Analyzer(List.of(new WeightedSum(), new WeightedProduct(), new Topsis()));
  private static final AnalysisSettings SETTINGS = new AnalysisSettings(7, 4000, 0.02, 1);

  static LongStream seeds() {
    return LongStream.range(0, 600);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theVerdictAgreesWithItsNumbers(long seed) {
    Decision d = VerdictCases.decision(seed);
    AnalysisResult result = ANALYZER.analyze(d, SETTINGS);
    Verdict v = result.verdict();
    String why = "seed " + seed + ": " + v;

    boolean anyPasses = d.options().stream().anyMatch(o -> result.passesGates(o.id()));
    assertThat(v.leader().isPresent()).as(why).isEqualTo(anyPasses);
    assertThat(v.kind() == Verdict.Kind.NONE_PASSES).as(why).isEqualTo(!anyPasses);
    if (!anyPasses) {
      assertThat(v.closest()).as(why).isPresent();
      assertThat(v.closestNeeds()).as(why).isNotEmpty();
      return;
    }
    String leader = v.leader().get();
    assertThat(result.passesGates(leader)).as(why).isTrue();
    assertThat(leader).as(why).isEqualTo(result.method("wsm").orElseThrow().winner());

    if (v.kind() == Verdict.Kind.CLEAR || v.kind() == Verdict.Kind.LIKELY) {
      double needed =
          v.kind() == Verdict.Kind.CLEAR
              ? v.thresholds().clearChance()
              : v.thresholds().likelyChance();
      // The documented threshold, on the chance as printed: whole percent, half to even.
      assertThat(Math.rint(v.chanceFirst() * 100)).as(why).isGreaterThanOrEqualTo(needed * 100);
      OptionOdds mine = result.robustness().odds(leader);
      for (OptionOdds other : result.robustness().options()) {
        if (!other.optionId().equals(leader)) {
          assertThat(mine.wins()).as(why).isGreaterThan(other.wins());
        }
      }
    }

    ExactScores.of(d).ifPresent(exact -> checkTiesExactly(d, result, exact, why));

    // Every reported change, applied, puts the option it names strictly first (or leaves no
    // option passing, when it says so).
    for (WeightChange change : result.sensitivity().weightChanges()) {
      assertThat(change.to()).as(why).isNotEqualTo(change.from());
      String now = Wsm.standingAtWeight(d, d.criterionIndex(change.criterionId()), change.to());
      assertThat(now).as(why + " " + change).isNotEqualTo(leader).isEqualTo(change.newWinner());
    }
    for (RatingChange change : result.sensitivity().ratingChanges()) {
      assertThat(change.to()).as(why).isNotEqualTo(change.from());
      String now = Wsm.standingWithRating(d, change.optionId(), change.criterionId(), change.to());
      assertThat(now)
          .as(why + " " + change)
          .isNotEqualTo(leader)
          .isEqualTo(change.newWinner().orElse(Wsm.NONE));
    }
    v.overturn()
        .ifPresent(
            o -> {
              String now =
                  o instanceof Verdict.Overturn.ByWeight w
                      ? Wsm.standingAtWeight(
                          d, d.criterionIndex(w.change().criterionId()), w.change().to())
                      : Wsm.standingWithRating(
                          d,
                          ((Verdict.Overturn.ByRating) o).change().optionId(),
                          ((Verdict.Overturn.ByRating) o).change().criterionId(),
                          ((Verdict.Overturn.ByRating) o).change().to());
              assertThat(now).as(why).isNotEqualTo(leader).isNotEqualTo(Wsm.TIED);
              assertThat(now).as(why).isEqualTo(o.newLeader().orElse(Wsm.NONE));
            });
    checkEveryFlipIsFound(d, result, leader, why);
  }

  private static void checkTiesExactly(
      Decision d, AnalysisResult result, ExactScores.Q[] exact, String why) {
    ExactScores.Q top = null;
    for (int i = 0; i < exact.length; i++) {
      if (result.passesGates(d.options().get(i).id()) && (top == null || exact[i].compareTo(top) > 0)) {
        top = exact[i];
      }
    }
    List<String> level = new ArrayList<>();
    for (int i = 0; i < exact.length; i++) {
      if (result.passesGates(d.options().get(i).id()) && exact[i].compareTo(top) == 0) {
        level.add(d.options().get(i).id());
      }
    }
    Verdict v = result.verdict();
    if (level.size() > 1) {
      assertThat(v.kind()).as(why).isEqualTo(Verdict.Kind.TIE);
      assertThat(v.tied()).as(why).isEqualTo(level);
      assertThat(v.leader()).as(why).contains(level.get(0));
    } else {
      assertThat(v.kind()).as(why).isNotEqualTo(Verdict.Kind.TIE);
    }
  }

  /**
   * Setting any one rating to a value on a grid over its scale, or exactly at a dealbreaker's
   * limit, that changes the first place means a change at least that near is reported for the
   * cell (give or take the rounding to a readable value).
   */
  private static void checkEveryFlipIsFound(
      Decision d, AnalysisResult result, String leader, String why) {
    for (Option option : d.options()) {
      for (Criterion c : d.criteria()) {
        double from = d.rating(option.id(), c.id()).central();
        double[] domain = domain(d, c);
        double span = domain[2];
        List<Double> probes = new ArrayList<>();
        for (int k = 0; k <= 40; k++) {
          probes.add(domain[0] + (domain[1] - domain[0]) * k / 40.0);
        }
        for (Gate g : d.gates()) {
          if (g.criterionId().equals(c.id())) {
            g.atLeast().ifPresent(probes::add);
            g.atMost().ifPresent(probes::add);
          }
        }
        double nearest = Double.POSITIVE_INFINITY;
        for (double x : probes) {
          if (x < domain[0] || x > domain[1]) {
            continue;
          }
          String now = Wsm.standingWithRating(d, option.id(), c.id(), x);
          if (!now.equals(leader) && !now.equals(Wsm.TIED)) {
            nearest = Math.min(nearest, Math.abs(x - from) / span);
          }
        }
        if (nearest == Double.POSITIVE_INFINITY) {
          continue;
        }
        Optional<RatingChange> found =
            result.sensitivity().ratingChanges().stream()
                .filter(r -> r.optionId().equals(option.id()) && r.criterionId().equals(c.id()))
                .findFirst();
        double step = Math.pow(10, Math.floor(Math.log10(span)) - 1);
        assertThat(found).as(why + " flip of " + option.id() + "/" + c.id()).isPresent();
        assertThat(found.get().fractionOfSpan())
            .as(why + " " + found.get())
            .isLessThanOrEqualTo(nearest + 2 * step / span + 1e-9);
      }
    }
  }

  /** low, high and span of the values a rating can take, as the sensitivity searches them. */
  private static double[] domain(Decision d, Criterion c) {
    if (c.scale() instanceof RatingScale r) {
      return new double[] {r.min(), r.max(), r.max() - r.min()};
    }
    QuantityScale q = (QuantityScale) c.scale();
    if (q.hasFixedEnds()) {
      double lo = Math.min(q.worst().getAsDouble(), q.best().getAsDouble());
      double hi = Math.max(q.worst().getAsDouble(), q.best().getAsDouble());
      return new double[] {lo, hi, hi - lo};
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Option o : d.options()) {
      double x = d.rating(o.id(), c.id()).central();
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    double span = max > min ? max - min : Math.max(Math.abs(min), 1);
    return new double[] {min - span, max + span, span};
  }
}
