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
 * Random decisions that aim at the verdict's edges: duplicated options and decimal ratings that
 * tie exactly (0.1 + 0.2 against 0.3), dealbreakers exactly at, just inside and just outside an
 * option's rating, every option failing, ranges, and all three weighting methods.
 */
public final class VerdictCases {
  private VerdictCases() {}

  static final double[] DECIMALS = {0.1, 0.2, 0.3, 0.7, 1.1, 2.5};

  public static Decision decision(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int n = 1 + rng.nextInt(5);
    int m = 1 + rng.nextInt(4);
    List<Option> options = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      options.add(new Option("o" + i, "Option " + i));
    }
    List<Criterion> criteria = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      Direction dir = rng.nextInt(3) == 0 ? Direction.COST : Direction.BENEFIT;
      String id = "c" + j;
      criteria.add(
          switch (rng.nextInt(4)) {
            case 0, 1 -> new Criterion(id, id, dir, RatingScale.ONE_TO_TEN);
            case 2 -> new Criterion(id, id, dir, QuantityScale.between("KRW", 0, 100));
            default -> new Criterion(id, id, dir, QuantityScale.of("KRW"));
          });
    }
    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Map<String, Rating> row = new LinkedHashMap<>();
      boolean copy = i > 0 && rng.nextInt(3) == 0;
      Map<String, Rating> source = copy ? ratings.get("o" + rng.nextInt(i)) : null;
      for (Criterion c : criteria) {
        if (source != null) {
          row.put(c.id(), source.get(c.id()));
          continue;
        }
        double lo = c.scale() instanceof RatingScale s ? s.min() : 0;
        double hi = c.scale() instanceof RatingScale s ? s.max() : 100;
        double x =
            switch (rng.nextInt(3)) {
              case 0 -> lo + rng.nextInt((int) (hi - lo) + 1);
              case 1 -> lo + DECIMALS[rng.nextInt(DECIMALS.length)];
              default -> lo + Math.round(rng.nextDouble() * (hi - lo) * 2) / 2.0;
            };
        Rating r = Rating.of(x);
        if (rng.nextInt(3) == 0) {
          double a = Math.max(lo, x - 1 - rng.nextInt((int) (hi - lo) / 3 + 1));
          double b = Math.min(hi, x + 1 + rng.nextInt((int) (hi - lo) / 3 + 1));
          r = rng.nextBoolean() ? Rating.range(a, x, b) : Rating.range(a, b);
        }
        row.put(c.id(), r);
      }
      ratings.put("o" + i, row);
    }
    List<Gate> gates = new ArrayList<>();
    int gateCount = rng.nextInt(4) == 0 ? 0 : rng.nextInt(3);
    for (int g = 0; g < gateCount; g++) {
      Criterion c = criteria.get(rng.nextInt(m));
      double at = ratings.get("o" + rng.nextInt(n)).get(c.id()).central();
      at +=
          switch (rng.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 0.5;
            case 2 -> -0.5;
            default -> 1e-9;
          };
      boolean failAll = rng.nextInt(8) == 0;
      if (failAll) {
        at = rng.nextBoolean() ? 1e6 : -1e6;
        gates.add(at > 0 ? Gate.atLeast(c.id(), at) : Gate.atMost(c.id(), at));
      } else {
        gates.add(rng.nextBoolean() ? Gate.atLeast(c.id(), at) : Gate.atMost(c.id(), at));
      }
    }
    WeightInput weights =
        switch (rng.nextInt(3)) {
          case 0 -> points(rng, criteria);
          case 1 -> rank(rng, criteria);
          default -> pairwise(rng, criteria);
        };
    return new Decision(
        "verdict case " + seed,
        "en",
        options,
        criteria,
        gates,
        weights,
        ratings,
        Map.of(),
        List.of(),
        Meta.NONE);
  }

  private static WeightInput points(SplittableRandom rng, List<Criterion> criteria) {
    Map<String, Double> points = new LinkedHashMap<>();
    for (Criterion c : criteria) {
      points.put(c.id(), (double) rng.nextInt(11));
    }
    if (points.values().stream().allMatch(p -> p == 0)) {
      points.put(criteria.get(0).id(), 10.0);
    }
    return new WeightInput.Points(points);
  }

  private static WeightInput rank(SplittableRandom rng, List<Criterion> criteria) {
    List<String> order = new ArrayList<>(criteria.stream().map(Criterion::id).toList());
    for (int i = order.size() - 1; i > 0; i--) {
      java.util.Collections.swap(order, i, rng.nextInt(i + 1));
    }
    return new WeightInput.RankOrder(order);
  }

  private static WeightInput pairwise(SplittableRandom rng, List<Criterion> criteria) {
    if (criteria.size() < 2) {
      return points(rng, criteria);
    }
    double[] saaty = {1.0 / 5, 1.0 / 3, 1, 3, 5, 7};
    List<WeightInput.Judgement> judgements = new ArrayList<>();
    for (int a = 0; a < criteria.size(); a++) {
      for (int b = a + 1; b < criteria.size(); b++) {
        judgements.add(
            new WeightInput.Judgement(
                criteria.get(a).id(), criteria.get(b).id(), saaty[rng.nextInt(saaty.length)]));
      }
    }
    return new WeightInput.Pairwise(judgements);
  }
}
