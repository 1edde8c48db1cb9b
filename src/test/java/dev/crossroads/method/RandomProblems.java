package dev.crossroads.method;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.RatingScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated decision problems for property tests: a mix of 1..10 ratings, min-max quantities and
 * quantities with fixed ends, benefit and cost.
 */
final class RandomProblems {
  private RandomProblems() {}

  static List<Criterion> criteria(int m, Random random) {
    List<Criterion> out = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      Direction direction = random.nextBoolean() ? Direction.BENEFIT : Direction.COST;
      String id = "c" + j;
      switch (random.nextInt(3)) {
        case 0 -> out.add(new Criterion(id, id, direction, RatingScale.ONE_TO_TEN));
        case 1 -> out.add(new Criterion(id, id, direction, QuantityScale.of("KRW")));
        default -> {
          double lo = 1000 * random.nextDouble();
          double hi = lo + 1 + 1000 * random.nextDouble();
          // fixed ends say which way is better; keep the direction in step with them
          out.add(
              direction == Direction.BENEFIT
                  ? new Criterion(id, id, direction, QuantityScale.between("h", lo, hi))
                  : new Criterion(id, id, direction, QuantityScale.between("h", hi, lo)));
        }
      }
    }
    return out;
  }

  static List<Option> options(int n) {
    List<Option> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Option("o" + i, "Option " + i));
    }
    return out;
  }

  /** The worst and best raw value a criterion can take, in that order. */
  static double[] worstAndBest(Criterion c) {
    if (c.scale() instanceof RatingScale r) {
      return c.isBenefit() ? new double[] {r.min(), r.max()} : new double[] {r.max(), r.min()};
    }
    QuantityScale q = (QuantityScale) c.scale();
    if (q.hasFixedEnds()) {
      return new double[] {q.worst().getAsDouble(), q.best().getAsDouble()};
    }
    return c.isBenefit() ? new double[] {0, 100_000} : new double[] {100_000, 0};
  }

  /** A raw value {@code t} of the way from the criterion's worst to its best (t in 0..1). */
  static double at(Criterion c, double t) {
    double[] ends = worstAndBest(c);
    return ends[0] + t * (ends[1] - ends[0]);
  }

  static double[][] raw(List<Criterion> criteria, int n, Random random) {
    double[][] raw = new double[n][criteria.size()];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < criteria.size(); j++) {
        raw[i][j] = at(criteria.get(j), random.nextDouble());
      }
    }
    return raw;
  }

  /** Positive weights summing to 1. */
  static double[] weights(int m, Random random) {
    double[] w = new double[m];
    double total = 0;
    for (int j = 0; j < m; j++) {
      w[j] = 0.05 + random.nextDouble();
      total += w[j];
    }
    for (int j = 0; j < m; j++) {
      w[j] /= total;
    }
    return w;
  }

  /** Option indices from best score to worst; ties keep the lower index first. */
  static List<Integer> ranking(double[] scores) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> Double.compare(scores[b], scores[a]));
    return order;
  }
}
