package dev.crossroads.cli;

import dev.crossroads.session.SessionArgs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crossroads edit NAME}: walks through the session again with the profile's saved answers
 * as the defaults, and saves the changes over it.
 */
@Command(name = "edit", mixinStandardHelpOptions = true)
public final class EditProfileCommand extends SessionCommand {
  @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "profiles.param.name")
  String name;

  @Option(names = "--review", descriptionKey = "edit.review", arity = "0")
  boolean review;

  public EditProfileCommand(AppContext context) {
    super(context);
  }

  @Override
  SessionArgs sessionArgs() {
    return SessionArgs.edit(name, review, language(), session.home(), session.noInput,
        session.answers(), session.saveAnswers()).withLook(ascii(), session.noColor);
  }
}
