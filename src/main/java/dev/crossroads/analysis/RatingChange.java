package dev.crossroads.analysis;

import java.util.Optional;

/**
 * The nearest readable value of one rating at which the weighted-sum winner changes, all else as
 * it is: setting the rating to {@code to} makes {@code newWinner} first (checked, never assumed).
 *
 * @param from the rating's central value now
 * @param to the value to try: the exact crossing (a linear value function) or the bisected one (a
 *     quantity scaled between the options' own minimum and maximum), rounded away from {@code
 *     from} to a tenth of the scale's order of magnitude when that still changes the first place,
 *     else finer; a gate threshold counts as a crossing. Never equal to {@code from}
 * @param direction +1 when the rating has to rise, -1 when it has to fall
 * @param span the scale's span the change is measured against: max - min of a rating scale,
 *     |best - worst| of a quantity with fixed ends, else the options' observed max - min
 * @param fractionOfSpan |to - from| / span
 * @param newWinner the option first with the rating at {@code to}, ahead of every other passing
 *     option; empty when the change leaves no option passing every gate (the leader fails one
 *     and nobody else passes)
 */
public record RatingChange(
    String optionId,
    String criterionId,
    double from,
    double to,
    int direction,
    double span,
    double fractionOfSpan,
    Optional<String> newWinner) {}
