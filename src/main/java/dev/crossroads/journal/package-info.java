/**
 * What comes after a decision, across every saved one: the next steps of their plans by date
 * ({@link dev.crossroads.journal.Agenda}), and what the journals say together about the person's
 * gut, the model and the chances it gave ({@link dev.crossroads.journal.Hindsights}).
 *
 * <p>Plain Java over the decision model, like the rest of the core: no terminal, file, picocli
 * or Jackson class, so every figure here can be tested with values alone.
 */
package dev.crossroads.journal;
