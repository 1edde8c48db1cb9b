/**
 * The interactive session: {@code crossroads}, {@code new}, {@code resume} and {@code edit} walk a
 * person through one decision. This package holds the edge: {@link
 * dev.crossroads.session.InteractiveEntry} opens the terminal (or reads piped lines or an
 * answers file), and {@link dev.crossroads.session.Session} is the one loop that puts prompts,
 * hands replies to the step function and carries out what it returns.
 *
 * <p>The logic lives below, one layer per sub-package, each using only those before it: {@code
 * state} (the answers, as a draft keeps them), {@code ask} (prompts, replies and whoever
 * answers), {@code question} (the questions and the flow they make), {@code edit} (a saved
 * profile turned back into answers), {@code step} (the pure step function), {@code files}
 * (drafts and answers files on disk). Nothing here decides a number: the analysis does.
 */
package dev.crossroads.session;
