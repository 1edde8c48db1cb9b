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

/** Random decisions for property tests: every scale kind, optional ranges and gates. */
final class Generated {
  private Generated() {}

  static Decision decision(long seed, boolean ranges, boolean gates) {
    SplittableRandom rng = new SplittableRandom(seed);
    int n = 2 + rng.nextInt(5);
    int m = 1 + rng.nextInt(5);
    List<Option> options = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      options.add(new Option("o" + i, "Option " + i));
    }
    List<Criterion> criteria = new ArrayList<>();
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int j = 0; j < m; j++) {
      Direction dir = rng.nextBoolean() ? Direction.BENEFIT : Direction.COST;
      String id = "c" + j;
      criteria.add(
          switch (rng.nextInt(4)) {
            case 0 -> new Criterion(id, id, dir, RatingScale.ONE_TO_TEN);
            case 1 -> new Criterion(id, id, dir, new RatingScale(-2, 5));
            case 2 -> rng.nextBoolean()
                ? new Criterion(id, id, dir, QuantityScale.between("krw", 10, 90))
                : new Criterion(id, id, dir, QuantityScale.between("years", 80, 20));
            default -> new Criterion(id, id, dir, QuantityScale.of("krw"));
          });
      weights.put(id, rng.nextInt(10) == 0 ? 0.0 : rng.nextDouble());
    }
    if (weights.values().stream().allMatch(w -> w == 0)) {
      weights.put("c0", 1.0);
    }
    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    for (Option o : options) {
      Map<String, Rating> row = new LinkedHashMap<>();
      for (Criterion c : criteria) {
        double lo;
        double hi;
        if (c.scale() instanceof RatingScale s) {
          lo = s.min();
          hi = s.max();
        } else {
          lo = 0;
          hi = 100;
        }
        double x = lo + rng.nextDouble() * (hi - lo);
        Rating r = Rating.of(x);
        if (ranges && rng.nextBoolean()) {
          double a = Math.max(lo, x - rng.nextDouble() * (hi - lo) / 4);
          double b = Math.min(hi, x + rng.nextDouble() * (hi - lo) / 4);
          r = rng.nextBoolean() ? Rating.range(a, x, b) : Rating.range(a, b);
        }
        row.put(c.id(), r);
      }
      ratings.put(o.id(), row);
    }
    List<Gate> gateList = new ArrayList<>();
    if (gates && rng.nextBoolean()) {
      Criterion c = criteria.get(rng.nextInt(m));
      double at = ratings.get(options.get(rng.nextInt(n)).id()).get(c.id()).central();
      gateList.add(rng.nextBoolean() ? Gate.atLeast(c.id(), at) : Gate.atMost(c.id(), at));
    }
    return new Decision(
        "generated " + seed,
        "en",
        options,
        criteria,
        gateList,
        new WeightInput.Direct(weights),
        ratings,
        Map.of(),
        List.of(),
        Meta.NONE);
  }
}
