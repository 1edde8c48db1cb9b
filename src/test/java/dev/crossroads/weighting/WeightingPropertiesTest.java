package dev.crossroads.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.decision.WeightInput.Judgement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded generated cases; every failure message names the seed that reproduces it. */
class WeightingPropertiesTest {
  private static final int CASES = 400;
  private static final long BASE_SEED = 20_261_104L;
  private static final double[] SCALE = scale();

  private static double[] scale() {
    double[] values = new double[17];
    for (int k = 1; k <= 9; k++) {
      values[k - 1] = k;
      values[8 + k - 1] = 1.0 / k;
    }
    return values;
  }

  private static List<Criterion> criteria(int n) {
    List<Criterion> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Criterion.rating("c" + i, "Criterion " + i, Direction.BENEFIT));
    }
    return out;
  }

  /** One judgement per pair, each pair in a random orientation, the list shuffled. */
  private static List<Judgement> judgements(List<Criterion> criteria, double[][] ratio, Random random) {
    List<Judgement> out = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      for (int j = i + 1; j < criteria.size(); j++) {
        String a = criteria.get(i).id();
        String b = criteria.get(j).id();
        out.add(
            random.nextBoolean()
                ? new Judgement(a, b, ratio[i][j])
                : new Judgement(b, a, 1 / ratio[i][j]));
      }
    }
    Collections.shuffle(out, random);
    return out;
  }

  private static double[][] randomSaatyRatios(int n, Random random) {
    double[][] ratio = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        ratio[i][j] = SCALE[random.nextInt(SCALE.length)];
      }
    }
    return ratio;
  }

  private static WeightInput randomInput(List<Criterion> criteria, int kind, Random random) {
    switch (kind) {
      case 0, 1 -> {
        Map<String, Double> raw = new LinkedHashMap<>();
        for (Criterion c : criteria) {
          raw.put(c.id(), random.nextInt(4) == 0 ? 0.0 : random.nextDouble() * 100);
        }
        raw.put(criteria.get(random.nextInt(criteria.size())).id(), 1 + random.nextDouble());
        return kind == 0 ? new WeightInput.Points(raw) : new WeightInput.Direct(raw);
      }
      case 2 -> {
        List<String> order = new ArrayList<>(criteria.stream().map(Criterion::id).toList());
        Collections.shuffle(order, random);
        return new WeightInput.RankOrder(order);
      }
      default -> {
        return new WeightInput.Pairwise(
            judgements(criteria, randomSaatyRatios(criteria.size(), random), random));
      }
    }
  }

  @Test
  void weightsAreNonNegativeAndSumToOneForEveryMethod() {
    for (int k = 0; k < CASES; k++) {
      long seed = BASE_SEED + k;
      Random random = new Random(seed);
      List<Criterion> criteria = criteria(1 + random.nextInt(12));
      for (int kind = 0; kind < 4; kind++) {
        WeightInput input = randomInput(criteria, kind, random);

        Weights weights = Weighting.compute(criteria, input);

        String context = "seed " + seed + ", " + input.getClass().getSimpleName();
        assertThat(weights.byCriterion().keySet())
            .as(context)
            .containsExactlyElementsOf(criteria.stream().map(Criterion::id).toList());
        assertThat(weights.byCriterion().values()).as(context).allMatch(w -> w >= 0);
        assertThat(weights.byCriterion().values().stream().mapToDouble(Double::doubleValue).sum())
            .as(context)
            .isCloseTo(1.0, within(1e-12));
      }
    }
  }

  @Test
  void aPerfectlyConsistentMatrixHasNoInconsistencyAndReturnsTheWeightsItWasBuiltFrom() {
    for (int k = 0; k < CASES; k++) {
      long seed = BASE_SEED + k;
      Random random = new Random(seed);
      int n = 2 + random.nextInt(11);
      List<Criterion> criteria = criteria(n);
      // weights within 1..9 of each other keep every ratio on Saaty's 1/9..9 range
      double[] w = new double[n];
      double total = 0;
      for (int i = 0; i < n; i++) {
        w[i] = 1 + 8 * random.nextDouble();
        total += w[i];
      }
      double[][] ratio = new double[n][n];
      for (int i = 0; i < n; i++) {
        w[i] /= total;
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          ratio[i][j] = w[i] / w[j];
        }
      }

      Weights weights =
          Weighting.compute(criteria, new WeightInput.Pairwise(judgements(criteria, ratio, random)));

      Consistency consistency = weights.consistency().orElseThrow();
      assertThat(consistency.consistencyRatio()).as("seed " + seed).isCloseTo(0, within(1e-9));
      assertThat(consistency.lambdaMax()).as("seed " + seed).isCloseTo(n, within(1e-9));
      assertThat(consistency.worstJudgement()).as("seed " + seed).isEmpty();
      assertThat(weights.toArray(criteria)).as("seed " + seed).containsExactly(w, within(1e-9));
    }
  }

  @Test
  void theSuggestedFixForAnInconsistentMatrixLowersItsConsistencyRatio() {
    int inconsistent = 0;
    for (int k = 0; k < CASES; k++) {
      long seed = BASE_SEED + k;
      Random random = new Random(seed);
      int n = 3 + random.nextInt(7);
      List<Criterion> criteria = criteria(n);
      List<Judgement> judgements = judgements(criteria, randomSaatyRatios(n, random), random);

      Consistency before =
          Weighting.compute(criteria, new WeightInput.Pairwise(judgements)).consistency().orElseThrow();
      if (before.acceptable()) {
        assertThat(before.worstJudgement()).as("seed " + seed).isEmpty();
        continue;
      }
      inconsistent++;
      JudgementFix fix = before.worstJudgement().orElseThrow(() -> new AssertionError("seed " + seed));
      List<Judgement> fixed = new ArrayList<>();
      int replaced = 0;
      for (Judgement j : judgements) {
        if (j.a().equals(fix.a()) && j.b().equals(fix.b())) {
          assertThat(j.ratio()).as("seed " + seed).isEqualTo(fix.given());
          fixed.add(new Judgement(j.a(), j.b(), fix.suggested()));
          replaced++;
        } else {
          fixed.add(j);
        }
      }
      Consistency after =
          Weighting.compute(criteria, new WeightInput.Pairwise(fixed)).consistency().orElseThrow();

      assertThat(replaced).as("seed " + seed + ": the fix names a judgement as given").isEqualTo(1);
      assertThat(SCALE).as("seed " + seed).contains(fix.suggested());
      assertThat(fix.suggested()).as("seed " + seed).isNotEqualTo(fix.given());
      assertThat(after.consistencyRatio()).as("seed " + seed).isLessThan(before.consistencyRatio());
    }
    assertThat(inconsistent).as("generated inconsistent cases").isGreaterThan(CASES / 4);
  }

  @Test
  void theWorstJudgementIsTheOneThatWasTurnedAroundInAnOtherwiseConsistentMatrix() {
    int flagged = 0;
    for (int k = 0; k < CASES; k++) {
      long seed = BASE_SEED + k;
      Random random = new Random(seed);
      int n = 4 + random.nextInt(5);
      List<Criterion> criteria = criteria(n);
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = 1 + 2 * random.nextDouble();
      }
      double[][] ratio = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          ratio[i][j] = w[i] / w[j];
        }
      }
      int bad = random.nextInt(n - 1);
      int other = bad + 1 + random.nextInt(n - bad - 1);
      // the opposite extreme of what the weights say
      ratio[bad][other] = w[bad] >= w[other] ? 1.0 / 9 : 9;

      Consistency consistency =
          Weighting.compute(criteria, new WeightInput.Pairwise(judgements(criteria, ratio, random)))
              .consistency()
              .orElseThrow();

      if (consistency.acceptable()) {
        continue; // one bad judgement among many can stay within CR 0.10
      }
      flagged++;
      JudgementFix fix = consistency.worstJudgement().orElseThrow();
      assertThat(List.of(fix.a(), fix.b()))
          .as("seed " + seed)
          .containsExactlyInAnyOrder(criteria.get(bad).id(), criteria.get(other).id());
      double truth = fix.a().equals(criteria.get(bad).id()) ? w[bad] / w[other] : w[other] / w[bad];
      assertThat(fix.suggested()).as("seed " + seed).isEqualTo(SaatyScale.nearest(truth));
    }
    assertThat(flagged).as("generated inconsistent cases").isGreaterThan(CASES / 2);
  }
}
