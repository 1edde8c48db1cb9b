/**
 * Turns the person's raw weighting answers into normalised weights: points and direct weights,
 * rank-order centroid, and AHP with its consistency check.
 *
 * <p>Pure functions over numbers; uses {@code decision} only.
 */
package dev.crossroads.weighting;
