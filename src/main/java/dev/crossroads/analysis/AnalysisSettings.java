package dev.crossroads.analysis;

import dev.crossroads.Problem;
import dev.crossroads.Message;

/**
 * How to run the Monte Carlo part of an analysis.
 *
 * @param seed the random seed; the same seed and draws give the same result on any thread count
 * @param draws how many Monte Carlo draws, at least 1 (default {@value #DEFAULT_DRAWS})
 * @param weightSpread how far drawn weights stray from the stated ones: the reciprocal of the
 *     Dirichlet concentration, so each draw's weights follow Dirichlet(w / weightSpread). The
 *     default {@link #DEFAULT_WEIGHT_SPREAD} is concentration {@value #DEFAULT_CONCENTRATION}
 *     (a weight of 0.25 then varies with a standard deviation of about 0.06). 0 keeps the stated
 *     weights exactly.
 * @param threads worker threads, at least 1; the result does not depend on it
 */
public record AnalysisSettings(long seed, int draws, double weightSpread, int threads) {
  public static final int DEFAULT_DRAWS = 10_000;
  public static final double DEFAULT_CONCENTRATION = 50;
  public static final double DEFAULT_WEIGHT_SPREAD = 1 / DEFAULT_CONCENTRATION;

  public AnalysisSettings {
    if (draws < 1) {
      throw new Problem(Problem.Kind.USAGE, Message.of("analysis.settings.draws", draws));
    }
    if (!(weightSpread >= 0) || Double.isInfinite(weightSpread)) {
      throw new Problem(Problem.Kind.USAGE, Message.of("analysis.settings.weightSpread", weightSpread));
    }
    if (threads < 1) {
      throw new Problem(Problem.Kind.USAGE, Message.of("analysis.settings.threads", threads));
    }
  }

  /** Default draws and spread, one thread per available processor. */
  public static AnalysisSettings defaults(long seed) {
    return new AnalysisSettings(
        seed, DEFAULT_DRAWS, DEFAULT_WEIGHT_SPREAD, Runtime.getRuntime().availableProcessors());
  }

  public AnalysisSettings withDraws(int newDraws) {
    return new AnalysisSettings(seed, newDraws, weightSpread, threads);
  }

  public AnalysisSettings withWeightSpread(double newSpread) {
    return new AnalysisSettings(seed, draws, newSpread, threads);
  }

  public AnalysisSettings withThreads(int newThreads) {
    return new AnalysisSettings(seed, draws, weightSpread, newThreads);
  }

  public AnalysisSettings withSeed(long newSeed) {
    return new AnalysisSettings(newSeed, draws, weightSpread, threads);
  }

  /** The Dirichlet concentration; infinite when weights are kept exact. */
  public double concentration() {
    return weightSpread == 0 ? Double.POSITIVE_INFINITY : 1 / weightSpread;
  }
}
