package dev.crossroads.cli;

import dev.crossroads.session.SessionArgs;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code crossroads edit NAME}: walks through the session again with the profile's saved answers
 * as the defaults, and saves the changes over it.
 */
@Command(name = "edit", mixinStandardHelpOptions = true)
public final class EditProfileCommand implements Callable<Integer>, SessionCommand {
  @ParentCommand RootCommand root;

  @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "profiles.param.name")
  String name;

  @Option(names = "--review", descriptionKey = "edit.review")
  boolean review;

  @Mixin SessionOptions session;

  private final AppContext context;

  public EditProfileCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return SessionOptions.run(context, sessionArgs());
  }

  @Override
  public SessionArgs sessionArgs() {
    return SessionArgs.edit(name, review,
        Optional.ofNullable(root == null ? null : root.lang), session.home(), session.noInput,
        session.answers(), session.saveAnswers()).withLook(session.ascii, session.noColor);
  }
}
