package dev.crossroads.cli;

import dev.crossroads.session.files.AnswersFile;
import dev.crossroads.session.state.Answer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How {@code review NAME} is told about a look back without a terminal: one flag per answer, or
 * an answers file with the same keys. Either one writes the entry at once, whatever the date, and
 * nothing is asked.
 */
public final class LookBackOptions {
  static final String CHOSE = "chose";
  static final String OUTCOME = "outcome";
  static final String LEARNED = "learned";
  static final String HINDSIGHT = "hindsight";
  static final String NEXT_REVIEW = "next-review";

  @Option(names = "--chose", paramLabel = "OPTION", descriptionKey = "review.chose")
  String chose;

  @Option(names = "--outcome", paramLabel = "1-10", descriptionKey = "review.outcome")
  String outcome;

  @Option(names = "--learned", paramLabel = "TEXT", descriptionKey = "review.learned")
  String learned;

  @Option(names = "--hindsight", paramLabel = "WORD", descriptionKey = "review.hindsight")
  String hindsight;

  @Option(names = "--next-review", paramLabel = "DATE", descriptionKey = "review.nextReview")
  String nextReview;

  @Option(names = "--answers", paramLabel = "FILE", descriptionKey = "review.answers")
  Path answers;

  @Option(names = "--no-input", descriptionKey = "review.noInput")
  boolean noInput;

  /** The answers given on the command line, by key; empty when none was. */
  Map<String, String> flags() {
    Map<String, String> given = new LinkedHashMap<>();
    put(given, CHOSE, chose);
    put(given, OUTCOME, outcome);
    put(given, LEARNED, learned);
    put(given, HINDSIGHT, hindsight);
    put(given, NEXT_REVIEW, nextReview);
    return given;
  }

  /** The answers file's answers as text, by key, as read within its limits. */
  Map<String, String> file() {
    Map<String, String> given = new LinkedHashMap<>();
    for (Map.Entry<String, Answer> e : AnswersFile.read(answers).entrySet()) {
      given.put(e.getKey(), e.getValue() instanceof Answer.Text t ? t.value()
          : String.join(", ", ((Answer.Items) e.getValue()).values()));
    }
    return given;
  }

  Optional<Path> answersFile() {
    return Optional.ofNullable(answers);
  }

  private static void put(Map<String, String> given, String key, String value) {
    if (value != null) {
      given.put(key, value);
    }
  }
}
