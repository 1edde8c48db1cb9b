package dev.crossroads.cli;

import dev.crossroads.session.SessionArgs;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code crossroads new}: walks through one decision and saves it as a profile. */
@Command(name = "new", mixinStandardHelpOptions = true)
public final class NewCommand implements Callable<Integer>, SessionCommand {
  @ParentCommand RootCommand root;

  @Option(names = "--template", paramLabel = "ID", descriptionKey = "new.template")
  String template;

  @Mixin SessionOptions session;

  private final AppContext context;

  public NewCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return SessionOptions.run(context, sessionArgs());
  }

  @Override
  public SessionArgs sessionArgs() {
    return session.args(false, Optional.empty(), Optional.ofNullable(template),
        Optional.ofNullable(root == null ? null : root.lang));
  }
}
