/**
 * The decision as plain values: options, criteria and their scales, ratings (a point or a
 * range), dealbreaker gates, the user's raw weight inputs, scenarios and reflections, and what
 * comes after: the plan with its next steps, and the journal of looks back.
 *
 * <p>Everything here is an immutable record or a sealed interface and uses the JDK only: no
 * terminal, file, picocli or Jackson class may be imported, so the whole core can be tested
 * with numbers alone.
 */
package dev.crossroads.decision;
