package dev.crossroads.analysis;

import dev.crossroads.decision.Gate;

/**
 * One option whose rating on a dealbreaker's criterion reaches past the limit somewhere in its
 * range: it may fail the dealbreaker even if its own (central) rating passes.
 *
 * @param low the rating range's low end (the rating itself for a single number)
 * @param central the rating the ranking uses
 * @param high the range's high end
 * @param failsOnCentral true when the central rating itself fails, so the option is out of the
 *     ranking
 * @param chanceFails the share of Monte Carlo draws in which the drawn rating failed this gate
 */
public record DealbreakerRisk(
    String optionId,
    String criterionId,
    Gate gate,
    double low,
    double central,
    double high,
    boolean failsOnCentral,
    double chanceFails) {}
