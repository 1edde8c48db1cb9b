package dev.crossroads.cli;

import dev.crossroads.session.SessionArgs;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every interactive command shares. */
public final class SessionOptions {
  @Option(names = "--home", paramLabel = "DIR", descriptionKey = "session.home")
  Path home;

  // Flags take no value, as on the session's fast path (SessionArgs), which refuses "--no-input=true".
  @Option(names = "--no-input", descriptionKey = "session.noInput", arity = "0")
  boolean noInput;

  @Option(names = "--answers", paramLabel = "FILE", descriptionKey = "session.answers")
  Path answers;

  @Option(names = "--save-answers", paramLabel = "FILE", descriptionKey = "session.saveAnswers")
  Path saveAnswers;

  @Option(names = "--no-color", descriptionKey = "output.noColor", arity = "0")
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
      Optional<String> language, boolean ascii) {
    return new SessionArgs(resume, draft, template, language, home(), noInput, answers(),
        saveAnswers()).withLook(ascii, noColor);
  }
}
