package dev.crossroads.analysis;

/**
 * One option's place under one method.
 *
 * @param rank 1 for the first; see {@link Ranking} for gates and ties
 * @param passesGates false when the option fails a gate (it then ranks after every passing one)
 */
public record RankedOption(String optionId, double score, int rank, boolean passesGates) {}
