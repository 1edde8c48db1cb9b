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

  @Option(names = "--ascii", descriptionKey = "output.ascii")
  boolean ascii;

  @Option(names = "--no-color", descriptionKey = "output.noColor")
  boolean noColor;

  Optional<Path> home() {
    return Optional.ofNullable(home);
  }

  Optional<Path> answers() {
    return Optional.ofNullable(answers);
  }

  Optional<Path> saveAnswers() {
    return Optional.ofNullable(saveAnswers);
  }

  /**
   * The session's arguments as picocli read them; equal to what {@link SessionArgs#parse} reads
   * by hand on the fast path for the same words (SessionArgsParityTest keeps them so).
   */
  SessionArgs args(
      boolean resume, Optional<String> draft, Optional<String> template,
      Optional<String> language) {
    return new SessionArgs(resume, draft, template, language, Optional.ofNullable(home),
        noInput, Optional.ofNullable(answers), Optional.ofNullable(saveAnswers))
        .withLook(ascii, noColor);
  }

  /** Runs a session with {@code args}. */
  static int run(AppContext context, SessionArgs args) {
    return new InteractiveEntry(
            context.in(),
            context.out(),
            context.err(),
            context.env(),
            context.clock(),
            (dir, look) -> StandardServices.create(dir, context.env(),
                new AnalysisSummarizer(context.env(), look)),
            context.terminal())
        .run(args);
  }
}
