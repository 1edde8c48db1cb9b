/**
 * Putting a prompt and getting a reply: the {@link dev.crossroads.session.ask.Asker} a person
 * answers at a terminal (JLine), the one piped lines answer and the one an answers file
 * answers; the replies they give back; and the small text helpers they share (display width and
 * wrapping, numbers as people type them). Knows the state's values, never a question.
 */
package dev.crossroads.session.ask;
