/**
 * The session's logic as a pure function. {@link dev.crossroads.session.step.Step} takes where a
 * session stands ({@link dev.crossroads.session.step.Walk}) and a reply, and returns a {@link
 * dev.crossroads.session.step.Transition}: the next walk, the {@link
 * dev.crossroads.session.step.Effect}s to carry out (lines, refusals, the draft, the summary) and
 * what to wait for next ({@link dev.crossroads.session.step.Next}). Back, Esc, {@code edit N},
 * the review and resuming are moves between walks. Nothing here touches a terminal or a file, so
 * every screen can be tested with values alone.
 */
package dev.crossroads.session.step;
