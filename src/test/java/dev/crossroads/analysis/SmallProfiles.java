package dev.crossroads.analysis;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Small seeded decisions for checking the value of information against brute force: two to four
 * options, two to four criteria on scales with fixed ends (so an option's score depends on its
 * own ratings alone and the exact answer is a sum of one-dimensional integrals), wide ranges that
 * make choices turn, near-copies of an option that make close calls, and sometimes a dealbreaker.
 */
public final class SmallProfiles {
  private SmallProfiles() {}

  public static Decision decision(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int n = 2 + rng.nextInt(3);
    int m = 2 + rng.nextInt(3);
    List<Option> options = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      options.add(new Option("o" + i, "Option " + i));
    }
    List<Criterion> criteria = new ArrayList<>();
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int j = 0; j < m; j++) {
      Direction dir = rng.nextInt(3) == 0 ? Direction.COST : Direction.BENEFIT;
      String id = "c" + j;
      criteria.add(
          switch (rng.nextInt(3)) {
            case 0 -> new Criterion(id, id, dir, RatingScale.ONE_TO_TEN);
            case 1 -> new Criterion(id, id, dir, QuantityScale.between("krw", 10, 90));
            default -> new Criterion(id, id, dir, QuantityScale.between("years", 6, 0));
          });
      weights.put(id, 0.1 + rng.nextDouble());
    }
    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Map<String, Rating> row = new LinkedHashMap<>();
      // Now and then an option close to the one before it: a close call.
      boolean nearCopy = i > 0 && rng.nextInt(4) == 0;
      for (Criterion c : criteria) {
        double[] ends = ends(c);
        double span = ends[1] - ends[0];
        double x =
            nearCopy
                ? clamp(
                    ratings.get(options.get(i - 1).id()).get(c.id()).central()
                        + (rng.nextDouble() - 0.5) * span * 0.1,
                    ends)
                : ends[0] + rng.nextDouble() * span;
        Rating r = Rating.of(x);
        int kind = rng.nextInt(10);
        if (kind >= 4) {
          double lo = Math.max(ends[0], x - rng.nextDouble() * span * 0.4);
          double hi = Math.min(ends[1], x + rng.nextDouble() * span * 0.4);
          if (hi > lo) {
            r = kind >= 7 ? Rating.range(lo, x, hi) : Rating.range(lo, hi);
          }
        }
        row.put(c.id(), r);
      }
      ratings.put(options.get(i).id(), row);
    }
    List<Gate> gates = new ArrayList<>();
    if (rng.nextInt(3) == 0) {
      Criterion c = criteria.get(rng.nextInt(m));
      double[] ends = ends(c);
      double at = ends[0] + (0.2 + 0.6 * rng.nextDouble()) * (ends[1] - ends[0]);
      gates.add(rng.nextBoolean() ? Gate.atLeast(c.id(), at) : Gate.atMost(c.id(), at));
    }
    return new Decision(
        "small " + seed,
        "en",
        options,
        criteria,
        gates,
        new WeightInput.Direct(weights),
        ratings,
        Map.of(),
        List.of(),
        Meta.NONE);
  }

  /** The weight spread to analyse {@code seed}'s decision with: exact weights half the time. */
  public static double spread(long seed) {
    SplittableRandom rng = new SplittableRandom(~seed);
    return rng.nextBoolean() ? 0 : 0.01 + 0.04 * rng.nextDouble();
  }

  /** The scale's ends, low before high. */
  static double[] ends(Criterion c) {
    if (c.scale() instanceof RatingScale s) {
      return new double[] {s.min(), s.max()};
    }
    QuantityScale q = (QuantityScale) c.scale();
    double a = q.worst().getAsDouble();
    double b = q.best().getAsDouble();
    return new double[] {Math.min(a, b), Math.max(a, b)};
  }

  private static double clamp(double x, double[] ends) {
    return Math.max(ends[0], Math.min(ends[1], x));
  }
}
