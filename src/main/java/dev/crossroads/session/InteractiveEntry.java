package dev.crossroads.session;

import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The session from the command line: {@code crossroads}, {@code crossroads new ...} and
 * {@code crossroads resume ...}. Reads its few options by hand and opens one terminal, so the
 * first prompt comes up fast. Returns the exit code; never exits the process.
 */
public final class InteractiveEntry {
  private static final String MISSING = "session.input.missing";
  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;
  private final Clock clock;
  private final Function<Optional<Path>, SessionServices> services;

  public InteractiveEntry(
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      Map<String, String> env,
      Clock clock,
      Function<Optional<Path>, SessionServices> services) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = env;
    this.clock = clock;
    this.services = services;
  }

  /**
   * The no-argument path and {@code new}/{@code resume}, with the standard services: for
   * {@code Main} to call before building any picocli model, when {@link SessionArgs#handles}.
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
      Map<String, String> env, Summarizer summarizer) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      return new InteractiveEntry(in, o, e, env, Clock.systemDefaultZone(),
          home -> StandardServices.create(home, env, summarizer)).run(args);
    } finally {
      o.flush();
      e.flush();
    }
  }

  public int run(String[] args) {
    Messages messages = new Messages(locale(Language.pick(Optional.empty(), env)));
    SessionArgs parsed;
    try {
      parsed = SessionArgs.parse(args);
    } catch (Failure f) {
      error(messages.get(f.userMessage()));
      return f.exitCode();
    }
    return run(parsed);
  }

  public int run(SessionArgs args) {
    String language = Language.pick(args.language(), env);
    Messages messages = new Messages(locale(language));
    Terminal terminal = null;
    try {
      Drafts drafts = new Drafts(Drafts.directory(args.home(), env));
      SessionServices svc = services.apply(args.home());
      boolean interactive = !args.noInput() && isTerminal();
      boolean review = false;
      SessionState state;
      Path draft;
      List<Message> notices = new ArrayList<>();
      Optional<EditTarget> opened = Optional.empty();
      if (args.edit().isPresent()) {
        EditTarget target = svc.saver().open(args.edit().get());
        opened = Optional.of(target);
        language = args.language().orElse(
            "ko".equals(target.profile().decision().language()) ? "ko" : "en");
        messages = new Messages(locale(language));
        // The review start is for a person at a terminal; answers from a file or a pipe go
        // through every question, so each is checked as it is taken.
        review = args.review() && args.answers().isEmpty() && interactive;
        SavedAnswers.Start start =
            SavedAnswers.start(target, review, language, messages, svc.catalogue());
        state = start.state();
        notices.addAll(start.notices());
        draft = drafts.fresh(LocalDateTime.now(clock));
      } else if (args.resume()) {
        draft = drafts.find(args.draft()).orElseThrow(() -> new Failure(ExitCode.NO_INPUT,
            args.draft().isPresent()
                ? Message.of("session.draft.missing", args.draft().get())
                : Message.of("session.draft.none", drafts.dir())));
        state = drafts.load(draft);
        if (args.language().isPresent()) {
          state = state.inLanguage(language);
        } else {
          language = state.language();
          messages = new Messages(locale(language));
        }
      } else {
        state = SessionState.start(language);
        if (args.template().isPresent()) {
          String id = args.template().get();
          List<Catalogue.Title> titles = svc.catalogue().titles(language);
          if (titles.stream().noneMatch(t -> t.id().equals(id))) {
            throw new Failure(ExitCode.USAGE, Message.of("session.args.template", id,
                String.join(", ", titles.stream().map(Catalogue.Title::id).toList())));
          }
          state = state.with(Ids.TEMPLATE, Answer.text(id));
        }
        draft = drafts.fresh(LocalDateTime.now(clock));
      }
      Map<String, Answer> answers = Map.of();
      if (args.answers().isPresent()) {
        answers = AnswersFile.read(args.answers().get());
      }
      Asker asker;
      PrintWriter screen;
      PipedLines piped = null;
      int width = 80;
      if (interactive) {
        TerminalBuilder builder = TerminalBuilder.builder().system(true).dumb(true)
            .encoding(StandardCharsets.UTF_8);
        knownType(env.getOrDefault("TERM", "")).ifPresent(builder::type);
        terminal = builder.build();
        TerminalAsker ta = new TerminalAsker(terminal, messages);
        width = ta.width();
        asker = args.answers().isPresent() ? new FileAsker(answers, Optional.of(ta)) : ta;
        screen = terminal.writer();
        if (!args.resume() && args.edit().isEmpty() && !drafts.list().isEmpty()) {
          Layout.wrap(messages.get("session.draft.hint"), width - 1).forEach(screen::println);
        }
      } else if (args.answers().isPresent()) {
        asker = new FileAsker(answers, Optional.empty());
        screen = out;
      } else {
        piped = new PipedLines(new InputStreamReader(in, StandardCharsets.UTF_8));
        asker = new LineAsker(piped);
        screen = out;
      }
      if (args.edit().isPresent()) {
        PrintWriter where = interactive ? screen : err;
        int columns = interactive ? width - 1 : 0;
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
      } catch (Failure f) {
        if (piped != null && !piped.gaveAnswers() && f.userMessage().key().startsWith(MISSING)) {
          // Nothing to go on, not even a line: say what to pass instead of listing every id.
          error(messages.get("cli.noAnswers"));
          error(java.nio.file.Files.exists(draft) ? messages.get("cli.noAnswers.draft", draft)
              : messages.get("cli.noAnswers.noDraft"));
          err.flush();
          return ExitCode.USAGE;
        }
        throw f;
      } finally {
        screen.flush();
      }
      if (args.saveAnswers().isPresent()) {
        AnswersFile.write(args.saveAnswers().get(), session.answersInOrder(result.state()));
      }
      if (asker instanceof FileAsker fa && !fa.unused().isEmpty()) {
        error(messages.get("session.input.unused", String.join(", ", fa.unused())));
      }
      if (result.exitCode() == ExitCode.INTERRUPTED) {
        String line = java.nio.file.Files.exists(draft)
            ? messages.get("session.stopped", draft)
            : messages.get("session.stoppedEmpty");
        if (interactive) {
          screen.println();
          Layout.wrap(line, width - 1).forEach(screen::println);
          screen.flush();
        } else {
          error(line);
        }
      }
      err.flush();
      return result.exitCode();
    } catch (Failure f) {
      closeQuietly(terminal);
      terminal = null;
      error(messages.get(f.userMessage()));
      err.flush();
      return f.exitCode();
    } catch (IOException e) {
      closeQuietly(terminal);
      terminal = null;
      error(messages.get("cli.internalError", String.valueOf(e.getMessage())));
      return ExitCode.IO;
    } finally {
      closeQuietly(terminal);
    }
  }

  /**
   * Standard input read line by line, noting whether any line said something: an empty pipe or
   * /dev/null (or only empty lines) is no answers at all, not a script that ran short.
   */
  private static final class PipedLines extends BufferedReader {
    private boolean gaveAnswers;

    PipedLines(java.io.Reader in) {
      super(in);
    }

    @Override
    public String readLine() throws IOException {
      String line = super.readLine();
      if (line != null && !line.isBlank()) {
        gaveAnswers = true;
      }
      return line;
    }

    boolean gaveAnswers() {
      return gaveAnswers;
    }
  }

  private static void closeQuietly(Terminal terminal) {
    if (terminal != null) {
      try {
        terminal.close();
      } catch (IOException e) {
        // The terminal is being let go of; nothing more can be done about it.
      }
    }
  }

  /**
   * A terminal type JLine has built in, for the common ones it lacks: without it JLine starts
   * {@code infocmp} to learn the capabilities, which delays the first prompt. tmux and screen
   * read the same sequences as screen; xterm-like terminals as xterm.
   */
  static Optional<String> knownType(String term) {
    boolean colours = term.contains("256");
    if (term.startsWith("tmux") || term.startsWith("screen.") || term.startsWith("screen-")
        && !term.equals("screen-256color")) {
      return Optional.of(colours ? "screen-256color" : "screen");
    }
    if (term.startsWith("xterm-") && !term.equals("xterm-256color")) {
      return Optional.of(colours || term.contains("direct") || term.contains("kitty")
          || term.contains("ghostty") ? "xterm-256color" : "xterm");
    }
    return Optional.empty();
  }

  static Locale locale(String language) {
    return "ko".equals(language) ? Locale.KOREAN : Locale.ENGLISH;
  }

  /** Standard input and output are both a terminal (JDK 22+ also answers for redirection). */
  static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method m = java.io.Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
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
