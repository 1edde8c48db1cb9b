package dev.crossroads.weighting;

import java.util.Objects;
import java.util.Optional;

/**
 * How consistent a set of pairwise judgements is: Saaty's principal eigenvalue, consistency index
 * and ratio (random index: Saaty 1980, see {@link RandomIndex}). When the ratio is above 0.10,
 * {@code worstJudgement} names the judgement that disturbs consistency most and the value that
 * would fit the rest (see {@link Ahp} for how it is chosen).
 */
public record Consistency(
    double lambdaMax,
    double consistencyIndex,
    double consistencyRatio,
    Optional<JudgementFix> worstJudgement) {
  public static final double ACCEPTABLE_RATIO = 0.10;

  public Consistency {
    Objects.requireNonNull(worstJudgement, "worstJudgement");
  }

  public boolean acceptable() {
    return consistencyRatio <= ACCEPTABLE_RATIO;
  }
}
