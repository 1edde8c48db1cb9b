package dev.crossroads.store;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.Meta;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;
import dev.crossroads.decision.Scale;
import dev.crossroads.decision.Scenario;
import dev.crossroads.decision.WeightInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/** Valid decisions drawn from a seed: every feature of the format, awkward text and numbers. */
final class RandomDecisions {
  private static final String[] WORDS = {
    "growth", "연봉", "Master's \"plan\"", "back\\slash", "tab\there", "line\nbreak", "emoji 🎓",
    "a/b~c", "", " spaced ", "industry", "대학원 진학", "\u0001ctl"
  };

  private final SplittableRandom random;

  RandomDecisions(long seed) {
    random = new SplittableRandom(seed);
  }

  Decision next() {
    int optionCount = 1 + random.nextInt(5);
    int criterionCount = 1 + random.nextInt(6);
    List<Option> options = new ArrayList<>();
    for (int i = 0; i < optionCount; i++) {
      options.add(new Option(id("o", i), text()));
    }
    List<Criterion> criteria = new ArrayList<>();
    for (int i = 0; i < criterionCount; i++) {
      Direction direction = random.nextBoolean() ? Direction.BENEFIT : Direction.COST;
      criteria.add(new Criterion(id("c", i), text(), direction, scale(direction), random.nextInt(3) == 0 ? text() : ""));
    }
    List<Gate> gates = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      double a = number();
      double b = a + Math.abs(number());
      int kind = random.nextInt(3);
      gates.add(new Gate(pick(criteria).id(),
          kind != 1 ? OptionalDouble.of(a) : OptionalDouble.empty(),
          kind != 0 ? OptionalDouble.of(b) : OptionalDouble.empty()));
    }
    Map<String, String> reflections = new LinkedHashMap<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      reflections.put("prompt-" + random.nextInt(100), text());
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      Map<String, Map<String, Rating>> overrides = new LinkedHashMap<>();
      for (Option o : options) {
        if (random.nextBoolean()) {
          Map<String, Rating> row = new LinkedHashMap<>();
          for (Criterion c : criteria) {
            if (random.nextBoolean()) {
              row.put(c.id(), rating(c.scale()));
            }
          }
          overrides.put(o.id(), row);
        }
      }
      scenarios.add(new Scenario("scenario " + i, random.nextBoolean() ? text() : "",
          random.nextBoolean() ? Optional.of(weights(criteria)) : Optional.empty(), overrides));
    }
    List<String> gut = new ArrayList<>();
    for (Option o : options) {
      if (random.nextBoolean()) {
        gut.add(o.id());
      }
    }
    Meta meta = new Meta(random.nextBoolean() ? "grad-vs-industry" : "", date(), date(), gut);
    return new Decision(text(), random.nextBoolean() ? "en" : "ko", options, criteria, gates,
        weights(criteria), ratings(options, criteria), reflections, scenarios, meta);
  }

  private Map<String, Map<String, Rating>> ratings(List<Option> options, List<Criterion> criteria) {
    Map<String, Map<String, Rating>> table = new LinkedHashMap<>();
    for (Option o : options) {
      Map<String, Rating> row = new LinkedHashMap<>();
      for (Criterion c : criteria) {
        row.put(c.id(), rating(c.scale()));
      }
      table.put(o.id(), row);
    }
    return table;
  }

  private Rating rating(Scale scale) {
    double lo;
    double hi;
    if (scale instanceof RatingScale r) {
      lo = r.min();
      hi = r.max();
    } else {
      lo = -1e9;
      hi = 1e9;
    }
    double a = within(lo, hi);
    if (random.nextBoolean()) {
      return Rating.of(a);
    }
    double b = within(lo, hi);
    double low = Math.min(a, b);
    double high = Math.max(a, b);
    return random.nextBoolean()
        ? Rating.range(low, high)
        : Rating.range(low, Math.min(high, Math.max(low, within(low, high))), high);
  }

  private double within(double lo, double hi) {
    switch (random.nextInt(3)) {
      case 0:
        return lo;
      case 1:
        return Math.min(hi, Math.max(lo, Math.rint(lo + random.nextDouble() * (hi - lo))));
      default:
        return Math.min(hi, lo + random.nextDouble() * (hi - lo));
    }
  }

  private WeightInput weights(List<Criterion> criteria) {
    if (criteria.size() > 1 && random.nextInt(5) == 0) {
      // One criterion with a fixed share (the money view's net worth), the others weighed by
      // any method, some of them given nothing.
      List<Criterion> others = new ArrayList<>(criteria);
      String shared = others.remove(random.nextInt(others.size())).id();
      List<String> without = new ArrayList<>();
      others.forEach(c -> {
        if (random.nextInt(4) == 0) {
          without.add(c.id());
        }
      });
      double percent = random.nextBoolean() ? random.nextInt(101) : random.nextDouble() * 100;
      return new WeightInput.Shared(plainWeights(others), shared, percent, without);
    }
    return plainWeights(criteria);
  }

  private WeightInput plainWeights(List<Criterion> criteria) {
    switch (random.nextInt(4)) {
      case 0:
        return new WeightInput.Points(amounts(criteria));
      case 1:
        return new WeightInput.Direct(amounts(criteria));
      case 2:
        List<String> order = new ArrayList<>();
        criteria.forEach(c -> order.add(c.id()));
        for (int i = order.size() - 1; i > 0; i--) {
          order.add(i, order.remove(random.nextInt(i + 1)));
        }
        return new WeightInput.RankOrder(order);
      default:
        double[] saaty = {1.0 / 9, 1.0 / 7, 1.0 / 3, 0.5, 1, 2, 3, 5, 9};
        List<WeightInput.Judgement> judgements = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
          for (int j = i + 1; j < criteria.size(); j++) {
            double ratio = random.nextBoolean() ? saaty[random.nextInt(saaty.length)] : 1.0 / 9 + random.nextDouble() * (9 - 1.0 / 9);
            judgements.add(random.nextBoolean()
                ? new WeightInput.Judgement(criteria.get(i).id(), criteria.get(j).id(), ratio)
                : new WeightInput.Judgement(criteria.get(j).id(), criteria.get(i).id(), ratio));
          }
        }
        return new WeightInput.Pairwise(judgements);
    }
  }

  private Map<String, Double> amounts(List<Criterion> criteria) {
    Map<String, Double> amounts = new LinkedHashMap<>();
    for (Criterion c : criteria) {
      if (amounts.isEmpty() || random.nextInt(4) != 0) {
        amounts.put(c.id(), amounts.isEmpty() ? 1 + random.nextInt(100) : random.nextBoolean() ? random.nextInt(100) : random.nextDouble());
      }
    }
    return amounts;
  }

  private Scale scale(Direction direction) {
    if (random.nextBoolean()) {
      return random.nextBoolean() ? RatingScale.ONE_TO_TEN : new RatingScale(-random.nextInt(5), 1 + random.nextInt(100) + random.nextDouble());
    }
    String unit = random.nextBoolean() ? "KRW" : text();
    if (random.nextBoolean()) {
      return QuantityScale.of(unit);
    }
    double a = number();
    double b = a + Math.abs(a) + 1 + Math.abs(number());
    int kind = random.nextInt(3);
    if (kind == 0) {
      return new QuantityScale(unit, OptionalDouble.of(a), OptionalDouble.empty());
    }
    if (kind == 1) {
      return new QuantityScale(unit, OptionalDouble.empty(), OptionalDouble.of(b));
    }
    return direction == Direction.BENEFIT ? QuantityScale.between(unit, a, b) : QuantityScale.between(unit, b, a);
  }

  private double number() {
    switch (random.nextInt(4)) {
      case 0:
        return random.nextInt(-10, 11);
      case 1:
        return random.nextLong(-100_000_000_000L, 100_000_000_000L);
      case 2:
        // up to half of 10^15, the largest number a profile holds (docs/limits.md)
        return (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-12, 16));
      default:
        return random.nextDouble() * 10;
    }
  }

  private Optional<LocalDate> date() {
    return random.nextBoolean() ? Optional.empty() : Optional.of(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(4000)));
  }

  private String id(String prefix, int i) {
    return random.nextInt(4) == 0 ? WORDS[random.nextInt(WORDS.length)].strip() + i + prefix : prefix + i;
  }

  private String text() {
    return WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? "" : " " + random.nextInt(1000));
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
