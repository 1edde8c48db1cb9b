package dev.crossroads.analysis;

/**
 * How often one option's drawn rating failed one gate across the Monte Carlo draws.
 *
 * @param gateIndex the gate's position in the decision's gate list
 * @param probabilityFails the share of draws in which it failed that gate
 */
public record GateOdds(String optionId, int gateIndex, double probabilityFails) {}
