package dev.crossroads.cli;

import dev.crossroads.session.InteractiveEntry;
import dev.crossroads.session.StandardServices;
import dev.crossroads.session.SessionArgs;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code crossroads resume [DRAFT]}: continues an unfinished session where it stopped. */
@Command(name = "resume")
public final class ResumeCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Parameters(arity = "0..1", paramLabel = "DRAFT", descriptionKey = "resume.draft")
  String draft;

  @Option(names = "--home", paramLabel = "DIR", descriptionKey = "session.home")
  Path home;

  @Option(names = "--no-input", descriptionKey = "session.noInput")
  boolean noInput;

  @Option(names = "--answers", paramLabel = "FILE", descriptionKey = "session.answers")
  Path answers;

  @Option(names = "--save-answers", paramLabel = "FILE", descriptionKey = "session.saveAnswers")
  Path saveAnswers;

  private final AppContext context;

  public ResumeCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    SessionArgs args = new SessionArgs(true, Optional.ofNullable(draft), Optional.empty(),
        Optional.ofNullable(root == null ? null : root.lang), Optional.ofNullable(home), noInput,
        Optional.ofNullable(answers), Optional.ofNullable(saveAnswers));
    return new InteractiveEntry(context.in(), context.out(), context.err(), context.env(), context.clock(),
        home -> StandardServices.create(home, context.env(), new AnalysisSummarizer(context.env()))).run(args);
  }
}
