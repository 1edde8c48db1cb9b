package dev.crossroads.analysis;

/**
 * The nearest value of one rating at which the weighted-sum winner changes, all else as it is.
 *
 * @param from the rating's central value now
 * @param to the value where the winner changes: for a criterion with a linear value function the
 *     exact crossing (just beyond it another option ranks first); for a quantity scaled between
 *     the options' own minimum and maximum, found by bisection to 1e-9 of {@code span}, on the
 *     side where the winner has changed
 * @param direction +1 when the rating has to rise, -1 when it has to fall; it says which way
 *     even when {@code to} equals {@code from} (an option sitting exactly on a gate's threshold)
 * @param span the scale's span the change is measured against: max - min of a rating scale,
 *     |best - worst| of a quantity with fixed ends, else the options' observed max - min
 * @param fractionOfSpan |to - from| / span
 * @param newWinner the option that ranks first just beyond {@code to}
 */
public record RatingChange(
    String optionId,
    String criterionId,
    double from,
    double to,
    int direction,
    double span,
    double fractionOfSpan,
    String newWinner) {}
