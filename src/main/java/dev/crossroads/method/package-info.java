/**
 * Aggregation methods that turn a decision matrix and weights into one score per option: the
 * weighted sum over value functions, the weighted product, and TOPSIS, behind {@link
 * dev.crossroads.method.Aggregation}.
 *
 * <p>Pure functions over numbers; uses {@code decision} only.
 */
package dev.crossroads.method;
