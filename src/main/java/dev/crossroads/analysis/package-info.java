/**
 * The whole analysis of one decision as a value: normalised weights, each method's scores and
 * ranks with dealbreaker gates applied, method agreement, sensitivity of the weighted-sum winner
 * to weights and single ratings, and Monte Carlo robustness over ranges and weight uncertainty.
 *
 * <p>Pure functions of the decision and the settings (the random seed is a setting): no terminal,
 * file, picocli or Jackson class, no printing. Uses {@code decision}, {@code weighting} and
 * {@code method} only.
 */
package dev.crossroads.analysis;
