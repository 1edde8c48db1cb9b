package dev.crossroads.cli;

import dev.crossroads.Messages;
import dev.crossroads.store.ProfileStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A command on saved profiles: what it runs with ({@link ProfileCommandContext}), its
 * {@code --home} option and the store that option names. The process builds one from the
 * {@link AppContext} alone ({@link CommandLines}); tests hand it a context of their own.
 */
abstract class ProfileCommand implements Callable<Integer> {
  final ProfileCommandContext context;

  @Mixin HomeOption home;

  ProfileCommand(ProfileCommandContext context) {
    this.context = context;
  }

  /** The profiles under {@code --home}, else under the usual data folder. */
  ProfileStore store() {
    return context.store().apply(home.value());
  }

  Messages messages() {
    return context.messages();
  }

  PrintWriter out() {
    return context.app().out();
  }

  /** Prints the line that ends the command, and ends it well. */
  int done(String line) {
    return done(List.of(line));
  }

  /** Prints {@code text} as it is (a report that ends its own lines), and ends the command well. */
  int printed(String text) {
    out().print(text);
    out().flush();
    return ExitCode.OK;
  }

  /** Prints the lines that end the command, and ends it well. */
  int done(List<String> lines) {
    lines.forEach(out()::println);
    out().flush();
    return ExitCode.OK;
  }
}
