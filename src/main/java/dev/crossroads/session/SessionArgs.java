package dev.crossroads.session;

import dev.crossroads.Problem;
import dev.crossroads.LanguageCode;
import dev.crossroads.Message;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The session's few options, read by hand so that picocli stays off the path to the first
 * prompt: {@code [new|resume [DRAFT]|edit NAME [--review]] [--template ID] [--lang en|ko]
 * [--home DIR] [--no-input] [--answers FILE] [--save-answers FILE] [--ascii] [--no-color]}.
 */
public record SessionArgs(
    boolean resume,
    Optional<String> draft,
    Optional<String> template,
    Optional<String> language,
    Optional<Path> home,
    boolean noInput,
    Optional<Path> answers,
    Optional<Path> saveAnswers,
    Optional<String> edit,
    boolean review,
    boolean ascii,
    boolean noColor) {

  /** The options of {@code new} and {@code resume}: no profile to edit. */
  public SessionArgs(boolean resume, Optional<String> draft, Optional<String> template,
      Optional<String> language, Optional<Path> home, boolean noInput, Optional<Path> answers,
      Optional<Path> saveAnswers) {
    this(resume, draft, template, language, home, noInput, answers, saveAnswers,
        Optional.empty(), false, false, false);
  }

  /** The options of {@code edit NAME}. */
  public static SessionArgs edit(String name, boolean review, Optional<String> language,
      Optional<Path> home, boolean noInput, Optional<Path> answers, Optional<Path> saveAnswers) {
    return new SessionArgs(false, Optional.empty(), Optional.empty(), language, home, noInput,
        answers, saveAnswers, Optional.of(name), review, false, false);
  }

  /** The same session with the output options {@code --ascii} and {@code --no-color}. */
  public SessionArgs withLook(boolean asciiOnly, boolean plain) {
    return new SessionArgs(resume, draft, template, language, home, noInput, answers,
        saveAnswers, edit, review, asciiOnly, plain);
  }

  /**
   * True when {@code args} are the session's alone: nothing, or {@code new}/{@code resume}, with
   * only the options {@link #parse} knows. Anything else is for the full command line.
   */
  public static boolean handles(String[] args) {
    if (args.length > 0 && !args[0].equals("new") && !args[0].equals("resume")
        && !args[0].equals("edit") && !args[0].startsWith("--")) {
      return false;
    }
    try {
      parse(args);
      return true;
    } catch (Problem e) {
      return false;
    }
  }

  public static SessionArgs parse(String[] args) {
    boolean resume = false;
    Optional<String> draft = Optional.empty();
    Optional<String> template = Optional.empty();
    Optional<String> language = Optional.empty();
    Optional<Path> home = Optional.empty();
    boolean noInput = false;
    Optional<Path> answers = Optional.empty();
    Optional<Path> saveAnswers = Optional.empty();
    boolean editing = false;
    Optional<String> edit = Optional.empty();
    boolean review = false;
    boolean ascii = false;
    boolean noColor = false;
    int i = 0;
    if (i < args.length && (args[i].equals("new") || args[i].equals("resume")
        || args[i].equals("edit"))) {
      resume = args[i].equals("resume");
      editing = args[i].equals("edit");
      i++;
    }
    for (; i < args.length; i++) {
      String a = args[i];
      String name = a;
      Optional<String> inline = Optional.empty();
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        inline = Optional.of(a.substring(eq + 1));
      }
      if (FLAGS.contains(name) && inline.isPresent()) {
        // A flag takes no value, as picocli has it: "--ascii=false" is refused, not read as on.
        throw new Problem(Problem.Kind.USAGE, Message.of("session.args.unknown", a));
      }
      switch (name) {
        case "--no-input" -> noInput = true;
        case "--review" -> review = true;
        case "--ascii" -> ascii = true;
        case "--no-color" -> noColor = true;
        case "--template" -> template = Optional.of(value(args, i, name, inline));
        case "--lang" -> language = Optional.of(value(args, i, name, inline));
        case "--home" -> home = Optional.of(Path.of(value(args, i, name, inline)));
        case "--answers" -> answers = Optional.of(Path.of(value(args, i, name, inline)));
        case "--save-answers" -> saveAnswers = Optional.of(Path.of(value(args, i, name, inline)));
        default -> {
          if (resume && draft.isEmpty() && !a.startsWith("-")) {
            draft = Optional.of(a);
            continue;
          }
          if (editing && edit.isEmpty() && !a.startsWith("-")) {
            edit = Optional.of(a);
            continue;
          }
          throw new Problem(Problem.Kind.USAGE, Message.of("session.args.unknown", a));
        }
      }
      if (inline.isEmpty() && !FLAGS.contains(name)) {
        i++;
      }
    }
    if (language.isPresent()) {
      String written = language.get();
      language = Optional.of(LanguageCode.parse(written).orElseThrow(
          () -> new Problem(Problem.Kind.USAGE, Message.of("cli.badLang", written))));
    }
    if (editing && edit.isEmpty()) {
      throw new Problem(Problem.Kind.USAGE, Message.of("session.args.editName"));
    }
    if (review && !editing) {
      throw new Problem(Problem.Kind.USAGE, Message.of("session.args.unknown", "--review"));
    }
    if (editing && template.isPresent()) {
      throw new Problem(Problem.Kind.USAGE, Message.of("session.args.unknown", "--template"));
    }
    return new SessionArgs(resume, draft, template, language, home, noInput, answers,
        saveAnswers, edit, review, ascii, noColor);
  }

  /** The options that take no value. */
  private static final java.util.Set<String> FLAGS =
      java.util.Set.of("--no-input", "--review", "--ascii", "--no-color");

  private static String value(String[] args, int i, String name, Optional<String> inline) {
    if (inline.isPresent()) {
      return inline.get();
    }
    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
      throw new Problem(Problem.Kind.USAGE, Message.of("session.args.value", name));
    }
    return args[i + 1];
  }
}
