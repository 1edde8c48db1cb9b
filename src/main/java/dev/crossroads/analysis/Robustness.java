package dev.crossroads.analysis;

import java.util.List;

/**
 * The Monte Carlo result: per option (in the decision's order) how often it ranked first when
 * ratings were drawn from their ranges and weights from a Dirichlet around the stated ones.
 * The settings that produced it are kept with it, so the figures can be reproduced.
 */
public record Robustness(long seed, int draws, double weightSpread, List<OptionOdds> options) {
  public Robustness {
    options = List.copyOf(options);
  }
}
