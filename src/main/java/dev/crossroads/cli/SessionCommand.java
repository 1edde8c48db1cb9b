package dev.crossroads.cli;

import dev.crossroads.session.SessionArgs;

/**
 * A command that runs the interactive session ({@code new}, {@code resume}, {@code edit}): the
 * arguments it runs it with, as picocli read them.
 */
interface SessionCommand {
  SessionArgs sessionArgs();
}
