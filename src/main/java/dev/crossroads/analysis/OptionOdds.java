package dev.crossroads.analysis;

/**
 * How often one option ranked first across the Monte Carlo draws.
 *
 * @param wins draws in which it ranked first among the options passing every gate in that draw;
 *     a draw whose first place k options share counts 1/k for each
 * @param probabilityFirst wins / draws
 * @param standardError sqrt(p (1 - p) / draws), the binomial standard error of that estimate
 * @param meanRank its average rank over the draws (1 is best)
 * @param probabilityFailsGate the share of draws in which its drawn ratings fail at least one
 *     gate
 */
public record OptionOdds(
    String optionId,
    double wins,
    double probabilityFirst,
    double standardError,
    double meanRank,
    double probabilityFailsGate) {}
