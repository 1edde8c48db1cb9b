package dev.crossroads.cli;

import dev.crossroads.session.SessionArgs;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code crossroads resume [DRAFT]}: continues an unfinished session where it stopped. */
@Command(name = "resume", mixinStandardHelpOptions = true)
public final class ResumeCommand extends SessionCommand {
  @Parameters(arity = "0..1", paramLabel = "DRAFT", descriptionKey = "resume.draft")
  String draft;

  public ResumeCommand(AppContext context) {
    super(context);
  }

  @Override
  SessionArgs sessionArgs() {
    return session.args(true, Optional.ofNullable(draft), Optional.empty(), language(), ascii());
  }
}
