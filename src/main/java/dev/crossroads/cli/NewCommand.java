package dev.crossroads.cli;

import dev.crossroads.session.SessionArgs;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crossroads new}: walks through one decision and saves it as a profile. */
@Command(name = "new", mixinStandardHelpOptions = true)
public final class NewCommand extends SessionCommand {
  @Option(names = "--template", paramLabel = "ID", descriptionKey = "new.template")
  String template;

  public NewCommand(AppContext context) {
    super(context);
  }

  @Override
  SessionArgs sessionArgs() {
    return session.args(false, Optional.empty(), Optional.ofNullable(template), language(), ascii());
  }
}
