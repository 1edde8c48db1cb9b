package dev.crossroads.analysis;

import java.util.List;

/**
 * The Monte Carlo result: per option (in the decision's order) how often it ranked first when
 * ratings were drawn from their ranges and weights from a Dirichlet around the stated ones.
 * The settings that produced it are kept with it, so the figures can be reproduced.
 *
 * @param probabilityNonePasses the share of draws in which no option passed every gate (no option
 *     is first in those, so the options' chances then add up to less than 1)
 * @param gates for every option and gate (option-major), how often the option failed that gate
 */
public record Robustness(
    long seed,
    int draws,
    double weightSpread,
    List<OptionOdds> options,
    double probabilityNonePasses,
    List<GateOdds> gates) {
  public Robustness {
    options = List.copyOf(options);
    gates = List.copyOf(gates);
  }

  public OptionOdds odds(String optionId) {
    return options.stream()
        .filter(o -> o.optionId().equals(optionId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no odds for " + optionId));
  }
}
