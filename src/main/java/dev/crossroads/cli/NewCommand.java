package dev.crossroads.cli;

import dev.crossroads.session.InteractiveEntry;
import dev.crossroads.session.StandardServices;
import dev.crossroads.session.SessionArgs;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code crossroads new}: walks through one decision and saves it as a profile. */
@Command(name = "new")
public final class NewCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(names = "--template", paramLabel = "ID", descriptionKey = "new.template")
  String template;

  @Option(names = "--home", paramLabel = "DIR", descriptionKey = "session.home")
  Path home;

  @Option(names = "--no-input", descriptionKey = "session.noInput")
  boolean noInput;

  @Option(names = "--answers", paramLabel = "FILE", descriptionKey = "session.answers")
  Path answers;

  @Option(names = "--save-answers", paramLabel = "FILE", descriptionKey = "session.saveAnswers")
  Path saveAnswers;

  private final AppContext context;

  public NewCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    SessionArgs args = new SessionArgs(false, Optional.empty(), Optional.ofNullable(template),
        Optional.ofNullable(root == null ? null : root.lang), Optional.ofNullable(home), noInput,
        Optional.ofNullable(answers), Optional.ofNullable(saveAnswers));
    return new InteractiveEntry(context.in(), context.out(), context.err(), context.env(), context.clock(),
        home -> StandardServices.create(home, context.env(), new AnalysisSummarizer(context.env()))).run(args);
  }
}
