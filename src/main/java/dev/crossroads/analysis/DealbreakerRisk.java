package dev.crossroads.analysis;

import dev.crossroads.decision.Gate;

/**
 * One option whose rating range on a dealbreaker's criterion crosses the limit: some values in
 * the range pass and some fail, so it may fail the dealbreaker even if its own (central) rating
 * passes, or pass it although its central rating fails.
 *
 * @param low the rating range's low end (the rating itself for a single number)
 * @param central the rating the ranking uses
 * @param high the range's high end
 * @param failsOnCentral true when the central rating itself fails, so the option is out of the
 *     ranking
 * @param crossesMinimum true when the range reaches below the gate's {@code atLeast}
 * @param crossesMaximum true when the range reaches above the gate's {@code atMost}
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
    boolean crossesMinimum,
    boolean crossesMaximum,
    double chanceFails) {}
