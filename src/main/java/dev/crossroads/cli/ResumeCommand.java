package dev.crossroads.cli;

import dev.crossroads.session.SessionArgs;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code crossroads resume [DRAFT]}: continues an unfinished session where it stopped. */
@Command(name = "resume", mixinStandardHelpOptions = true)
public final class ResumeCommand implements Callable<Integer>, SessionCommand {
  @ParentCommand RootCommand root;

  @Parameters(arity = "0..1", paramLabel = "DRAFT", descriptionKey = "resume.draft")
  String draft;

  @Mixin SessionOptions session;

  private final AppContext context;

  public ResumeCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return SessionOptions.run(context, sessionArgs());
  }

  @Override
  public SessionArgs sessionArgs() {
    return session.args(true, Optional.ofNullable(draft), Optional.empty(),
        Optional.ofNullable(root == null ? null : root.lang));
  }
}
