package dev.crossroads.analysis;

/**
 * How often one option ranked first across the Monte Carlo draws.
 *
 * @param wins draws in which it ranked first
 * @param probabilityFirst wins / draws
 * @param standardError sqrt(p (1 - p) / draws), the binomial standard error of that estimate
 * @param meanRank its average rank over the draws (1 is best)
 */
public record OptionOdds(
    String optionId, long wins, double probabilityFirst, double standardError, double meanRank) {}
