package dev.crossroads.decision;

import java.util.List;
import java.util.Map;

/**
 * The person's raw weighting answers, kept as given so they can revise them later. The
 * weighting package turns them into normalised weights.
 */
public sealed interface WeightInput
    permits WeightInput.Points, WeightInput.Direct, WeightInput.RankOrder, WeightInput.Pairwise,
        WeightInput.Shared {

  /** "Split 100 points": any non-negative numbers, normalised to sum 1. */
  record Points(Map<String, Double> points) implements WeightInput {
    public Points {
      points = Maps.ordered(points);
    }
  }

  /** Weights as given, normalised to sum 1. */
  record Direct(Map<String, Double> weights) implements WeightInput {
    public Direct {
      weights = Maps.ordered(weights);
    }
  }

  /** Criteria from most to least important; weighted by rank-order centroid. */
  record RankOrder(List<String> order) implements WeightInput {
    public RankOrder {
      order = List.copyOf(order);
    }
  }

  /** Pairwise comparisons on Saaty's 1/9..9 scale; weighted by AHP. */
  record Pairwise(List<Judgement> judgements) implements WeightInput {
    public Pairwise {
      judgements = List.copyOf(judgements);
    }
  }

  /**
   * One criterion takes a fixed {@code percent} of the weight and the others share the rest as
   * {@code rest} weighs them: how the money view adds net worth to a ranking or to pairs without
   * turning them into numbers, so an edit brings them back as the person gave them. The criteria
   * in {@code without} (those the person said would count money twice) get nothing.
   */
  record Shared(WeightInput rest, String criterion, double percent, List<String> without)
      implements WeightInput {
    public Shared {
      if (rest instanceof Shared) {
        throw new IllegalArgumentException("a shared weighting inside another");
      }
      without = List.copyOf(without);
    }
  }

  /** "a is {@code ratio} times as important as b"; its reciprocal is implied. */
  record Judgement(String a, String b, double ratio) {}
}
