package dev.crossroads.cli;

import dev.crossroads.session.InteractiveEntry;
import dev.crossroads.session.SessionArgs;
import dev.crossroads.session.StandardServices;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * A command that runs the interactive session ({@code new}, {@code resume}, {@code edit}): the
 * options they share, and the arguments it runs the session with, as picocli read them.
 */
abstract class SessionCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Mixin SessionOptions session;

  private final AppContext context;

  SessionCommand(AppContext context) {
    this.context = context;
  }

  /** The session's arguments, equal to what {@link SessionArgs#parse} reads for the same words. */
  abstract SessionArgs sessionArgs();

  /** The session with the standard services, as the fast path in {@code Main} runs it. */
  @Override
  public Integer call() {
    return ExitCode.of(
        new InteractiveEntry(context.in(), context.out(), context.err(), context.env(),
                context.clock(),
                (dir, look) -> StandardServices.create(
                    dir, context.env(), new AnalysisSummarizer(context.env(), look)),
                context.terminal())
            .run(sessionArgs()));
  }

  /** {@code --ascii} as the root command read it. */
  boolean ascii() {
    return root != null && root.ascii;
  }

  /** {@code --lang} as the root command read it. */
  Optional<String> language() {
    return Optional.ofNullable(root == null ? null : root.lang);
  }
}
