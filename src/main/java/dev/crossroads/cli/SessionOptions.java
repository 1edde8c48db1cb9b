package dev.crossroads.cli;

import dev.crossroads.session.InteractiveEntry;
import dev.crossroads.session.SessionArgs;
import dev.crossroads.session.StandardServices;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every interactive command shares, and how such a command starts its session. */
public final class SessionOptions {
  @Option(names = "--home", paramLabel = "DIR", descriptionKey = "session.home")
  Path home;

  @Option(names = "--no-input", descriptionKey = "session.noInput")
  boolean noInput;

  @Option(names = "--answers", paramLabel = "FILE", descriptionKey = "session.answers")
  Path answers;

  @Option(names = "--save-answers", paramLabel = "FILE", descriptionKey = "session.saveAnswers")
  Path saveAnswers;

  Optional<Path> home() {
    return Optional.ofNullable(home);
  }

  Optional<Path> answers() {
    return Optional.ofNullable(answers);
  }

  Optional<Path> saveAnswers() {
    return Optional.ofNullable(saveAnswers);
  }

  /** Runs a session with these options; the rest of {@link SessionArgs} comes from the command. */
  int run(
      AppContext context,
      boolean resume,
      Optional<String> draft,
      Optional<String> template,
      Optional<String> language) {
    SessionArgs args =
        new SessionArgs(
            resume,
            draft,
            template,
            language,
            Optional.ofNullable(home),
            noInput,
            Optional.ofNullable(answers),
            Optional.ofNullable(saveAnswers));
    return new InteractiveEntry(
            context.in(),
            context.out(),
            context.err(),
            context.env(),
            context.clock(),
            dir ->
                StandardServices.create(dir, context.env(), new AnalysisSummarizer(context.env())))
        .run(args);
  }
}
