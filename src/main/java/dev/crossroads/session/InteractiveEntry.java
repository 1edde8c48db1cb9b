package dev.crossroads.session;

import dev.crossroads.session.ask.Asker;
import dev.crossroads.session.ask.EarlyAsker;
import dev.crossroads.session.ask.FirstScreen;
import dev.crossroads.session.ask.FileAsker;
import dev.crossroads.session.ask.Layout;
import dev.crossroads.session.ask.LineAsker;
import dev.crossroads.session.edit.EditTarget;
import dev.crossroads.session.files.AnswersWriter;
import dev.crossroads.session.files.AnswersFile;
import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.SessionEnd;
import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Language;
import dev.crossroads.Messages;
import dev.crossroads.TerminalCapabilities;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The session from the command line: {@code crossroads}, {@code crossroads new ...} and
 * {@code crossroads resume ...}. Reads its few options by hand and opens one terminal, so the
 * first prompt comes up fast. Prints what the person needs to read and returns how it ended, for
 * the command line to turn into an exit code; never exits the process.
 */
public final class InteractiveEntry {
  private static final String MISSING = "session.input.missing";
  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;
  private final Clock clock;
  private final BiFunction<Optional<Path>, TerminalCapabilities, SessionServices> services;
  private final TerminalCapabilities terminal;
  private final TerminalSource terminals;

  /**
   * A session on the system's terminal when {@code terminal} says there is one; {@code services}
   * makes the services for a profile folder and the terminal as the session's options leave it.
   */
  public InteractiveEntry(InputStream in, PrintWriter out, PrintWriter err,
      Map<String, String> env, Clock clock,
      BiFunction<Optional<Path>, TerminalCapabilities, SessionServices> services,
      TerminalCapabilities terminal) {
    this(in, out, err, env, clock, services, terminal, TerminalSource.SYSTEM);
  }

  public InteractiveEntry(InputStream in, PrintWriter out, PrintWriter err,
      Map<String, String> env, Clock clock,
      BiFunction<Optional<Path>, TerminalCapabilities, SessionServices> services,
      TerminalCapabilities terminal, TerminalSource terminals) {
    this.terminals = terminals;
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = env;
    this.clock = clock;
    this.services = services;
    this.terminal = terminal;
  }

  /** As {@link #run(String[], InputStream, PrintStream, PrintStream, Map, TerminalCapabilities,
   * Function)} without a terminal, the summary made by {@code summarizer}. */
  public static Optional<Problem.Kind> run(String[] args, InputStream in, PrintStream out,
      PrintStream err, Map<String, String> env, Summarizer summarizer) {
    return run(args, in, out, err, env, TerminalCapabilities.none(), look -> summarizer);
  }

  /**
   * The no-argument path and {@code new}/{@code resume}, with the standard services: for
   * {@code Main} to call before building any picocli model, when {@link SessionArgs#handles}.
   */
  public static Optional<Problem.Kind> run(String[] args, InputStream in, PrintStream out,
      PrintStream err, Map<String, String> env, TerminalCapabilities terminal,
      Function<TerminalCapabilities, Summarizer> summarizer) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      return new InteractiveEntry(in, o, e, env, new LazyZoneClock(),
          (home, look) -> StandardServices.create(home, env, summarizer.apply(look)), terminal)
          .run(args);
    } finally {
      o.flush();
      e.flush();
    }
  }

  /**
   * Empty when the session ended as it should (saved, or a draft discarded); else the kind of
   * problem it stopped on, whose reason is printed: {@link Problem.Kind#CANCELLED} when the person
   * stopped it and the draft is kept.
   */
  public Optional<Problem.Kind> run(String[] args) {
    Messages messages = new Messages(Language.locale(Language.pick(Optional.empty(), env)),
        terminal.ascii());
    SessionArgs parsed;
    try {
      parsed = SessionArgs.parse(args);
    } catch (Problem f) {
      error(messages.get(f.userMessage()));
      return Optional.of(f.kind());
    }
    return run(parsed);
  }

  /** As {@link #run(String[])}, with the arguments already read. */
  public Optional<Problem.Kind> run(SessionArgs args) {
    String language = Language.pick(args.language(), env);
    TerminalCapabilities look = terminal.withOptions(args.noColor(), args.ascii());
    Messages messages = new Messages(Language.locale(language), look.ascii());
    boolean interactive = !args.noInput() && look.interactive();
    // A new session's first screen, as shipped in the jar, before anything else loads.
    Optional<FirstScreen> printed = interactive
        ? FirstScreens.printEarly(args, env, language, look, out) : Optional.empty();
    // Then the terminal, opened beside the rest of the start, which takes less time than JLine
    // does: the first answer waits for it (its first screen printed meanwhile, if not yet).
    OpeningTerminal opening =
        interactive ? OpeningTerminal.start(terminals, env, messages, look) : null;
    try {
      Drafts drafts = new Drafts(Drafts.directory(args.home(), env));
      SessionServices svc = services.apply(args.home(), look);
      SessionStart start = SessionStart.of(args, language, drafts, svc, interactive, clock);
      language = start.language();
      messages = new Messages(Language.locale(language), look.ascii());
      boolean review = start.review();
      SessionState state = start.state();
      Path draft = start.draft();
      List<Message> notices = start.notices();
      Optional<EditTarget> opened = start.opened();
      Map<String, Answer> answers = Map.of();
      if (args.answers().isPresent()) {
        answers = AnswersFile.read(args.answers().get());
      }
      Asker asker;
      PrintWriter screen = out;
      PipedLines piped = null;
      int width = look.width();
      if (interactive) {
        Messages speaking = messages;
        Asker early = new EarlyAsker(screen, look, () -> opening.asker(speaking), printed,
            EarlyAsker.waitingIn(in));
        asker = args.answers().isPresent() ? new FileAsker(answers, Optional.of(early)) : early;
        if (printed.isEmpty() && !args.resume() && args.edit().isEmpty()
            && !drafts.list().isEmpty()) {
          FirstScreens.hint(screen, messages, look);
        }
      } else if (args.answers().isPresent()) {
        asker = new FileAsker(answers, Optional.empty());
      } else {
        piped = new PipedLines(new InputStreamReader(in, StandardCharsets.UTF_8));
        asker = new LineAsker(piped);
      }
      if (args.edit().isPresent()) {
        PrintWriter where = interactive ? screen : err;
        int columns = interactive ? wrapWidth(look) : 0;
        Layout.wrap(messages.get(review ? "session.edit.startReview"
            : "session.edit.start", args.edit().get()), columns).forEach(where::println);
        for (Message n : notices) {
          Layout.wrap("  - " + messages.get(n), columns).forEach(where::println);
        }
        where.flush();
      }
      Session session = new Session(messages, asker, svc.catalogue(), svc.summarizer(),
          svc.saver(), drafts, draft, LocalDate.now(clock), width, screen);
      opened.ifPresent(session::editing);
      SessionEnd result;
      try {
        result = session.run(state);
      } catch (Problem f) {
        if (piped != null && !piped.gaveAnswers() && f.userMessage().key().startsWith(MISSING)) {
          // Nothing to go on, not even a line: say what to pass instead of listing every id.
          error(messages.get("cli.noAnswers"));
          error(java.nio.file.Files.exists(draft) ? messages.get("cli.noAnswers.draft", draft)
              : messages.get("cli.noAnswers.noDraft"));
          err.flush();
          return Optional.of(Problem.Kind.USAGE);
        }
        throw f;
      } finally {
        screen.flush();
      }
      if (args.saveAnswers().isPresent()) {
        AnswersWriter.write(args.saveAnswers().get(), session.answersInOrder(result.state()));
      }
      if (asker instanceof FileAsker fa && !fa.unused().isEmpty()) {
        error(messages.get("session.input.unused", UnusedKeys.shown(fa.unused(), messages)));
      }
      if (result.interrupted()) {
        String line = java.nio.file.Files.exists(draft)
            ? messages.get("session.stopped", draft)
            : messages.get("session.stoppedEmpty");
        if (interactive) {
          screen.println();
          Layout.wrap(line, wrapWidth(look)).forEach(screen::println);
          screen.flush();
        } else {
          error(line);
        }
      }
      err.flush();
      return result.interrupted() ? Optional.of(Problem.Kind.CANCELLED) : Optional.empty();
    } catch (Problem f) {
      close(opening);
      error(messages.get(f.userMessage()));
      err.flush();
      return Optional.of(f.kind());
    } finally {
      close(opening);
    }
  }

  /** Where the session's own lines wrap: as the asker's, and not at all under --ascii. */
  private static int wrapWidth(TerminalCapabilities look) {
    return look.ascii() ? 0 : look.width() - 1;
  }

  /** The terminal given back before any error is printed, so the error reads on a sane one. */
  private static void close(OpeningTerminal opening) {
    if (opening != null) {
      opening.close();
    }
  }

  /**
   * A message on standard error, wrapped at spaces to 80 columns with continuation lines
   * indented, as the command line's own errors are.
   */
  private void error(String message) {
    Layout.wrap(message, ERROR_WIDTH, 2).forEach(err::println);
  }

  private static final int ERROR_WIDTH = 80;
}
