package dev.crossroads.cli;



import dev.crossroads.Problem;
import dev.crossroads.Language;
import dev.crossroads.Messages;
import dev.crossroads.TerminalText;
import dev.crossroads.Quote;
import dev.crossroads.TerminalCapabilities;
import dev.crossroads.decision.InvalidDecisionException;
import dev.crossroads.report.Wrap;
import dev.crossroads.session.InteractiveEntry;
import dev.crossroads.session.SessionArgs;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * The process entry point, and the only place that calls {@code System.exit}. Everything below
 * takes its streams, environment and clock from here, so tests build {@code new Main(...)}.
 */
public final class Main {
  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;
  private final Clock clock;
  private final TerminalCapabilities terminal;

  /** A run without a terminal (plain text, nobody to ask), as tests and pipes have it. */
  public Main(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
    this(in, writer(out), writer(err), env, clock, TerminalCapabilities.none());
  }

  public Main(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock) {
    this(in, out, err, env, clock, TerminalCapabilities.none());
  }

  public Main(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env,
      Clock clock, TerminalCapabilities terminal) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = Map.copyOf(env);
    this.clock = clock;
    this.terminal = terminal;
  }

  public static void main(String[] args) {
    System.exit(start(args));
  }

  private static int start(String[] args) {
    int code = answer(args);
    // The launcher's first run after a build writes the class-data archive. Training runs
    // whatever that command was, --version included: an archive of what --version alone loads
    // would leave every other command without one until the next build.
    if (Boolean.getBoolean(ArchiveTraining.PROPERTY)) {
      ArchiveTraining.run(System.getenv());
    }
    return code;
  }

  private static int answer(String[] args) {
    if (Version.asked(args)) {
      // Answered before anything else loads: a version check should cost no more than the JVM.
      System.out.println(Version.text());
      System.out.flush();
      return ExitCode.OK;
    }
    Map<String, String> env = System.getenv();
    // Asked once, here, and passed down: nothing below asks the process again.
    TerminalCapabilities terminal = TerminalCapabilities.of(env, new Terminals());
    // The interactive session is what people start most: it skips picocli's model entirely,
    // because building it costs more start-up time than the first prompt can afford.
    return SessionArgs.handles(args)
        ? ExitCode.of(InteractiveEntry.run(args, System.in, System.out, System.err, env,
            terminal, look -> new AnalysisSummarizer(env, look)))
        : new Main(System.in, writer(System.out), writer(System.err), env,
            Clock.systemDefaultZone(), terminal).run(args);
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  public int run(String... given) {
    String[] args = homeAfterCommand(given);
    boolean debug = Arrays.asList(args).contains("--debug");
    Locale locale = Language.resolve(args, env);
    // Read before picocli, like --debug and --lang: the errors of parsing are messages too, and
    // under --ascii they keep to ASCII as everything else does.
    TerminalCapabilities look = terminal.withOptions(false, Arrays.asList(args).contains("--ascii"));
    Messages messages = new Messages(locale, look.ascii());
    AppContext context = new AppContext(in, out, err, env, clock, messages, Language.given(args),
        debug, look);
    java.util.Optional<String> badLanguage = Language.invalid(args);
    if (badLanguage.isPresent()) {
      printError(err, messages.get("cli.badLang", badLanguage.get()));
      err.flush();
      return ExitCode.USAGE;
    }
    try {
      CommandLine commandLine = CommandLines.create(context);
      return commandLine.execute(args);
    } catch (RuntimeException e) {
      return report(context, e);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Maps what escaped a command to one line and an exit code; only --debug shows a trace. */
  static int report(AppContext context, Throwable e) {
    PrintWriter err = context.err();
    Messages messages = context.messages();
    if (e instanceof Problem problem) {
      printError(err, messages.get(problem.userMessage()));
      if (context.debug() && problem.getCause() != null) {
        printTrace(err, problem.getCause());
      }
      return ExitCode.of(problem.kind());
    }
    if (e instanceof InvalidDecisionException invalid) {
      // The core quotes ids, labels and texts as they are; a person reads at most 80 characters of each.
      List<Object> shown = invalid.arguments().stream().map(Quote::cutIfText).toList();
      printError(err, messages.get(new dev.crossroads.Message(invalid.messageKey(), shown)));
      return ExitCode.DATA;
    }
    printError(err, messages.get("cli.internalError", String.valueOf(e)));
    if (context.debug()) {
      printTrace(err, e);
    }
    return ExitCode.INTERNAL;
  }

  /**
   * An error as people read it in a terminal: wrapped at spaces to 80 columns (standard error
   * has no width of its own to ask), continuation lines indented so the message reads as one.
   * Errors quote ids, labels, paths and exception text from files, so the whole message is
   * cleaned of terminal controls here, the one place errors leave.
   */
  static void printError(PrintWriter err, String message) {
    for (String paragraph : TerminalText.clean(message).split("\n", -1)) {
      // A path or id longer than the line is kept whole: it is what the person needs to act on.
      Wrap.keepingWords(paragraph, ERROR_WIDTH, "", "  ").forEach(err::println);
    }
  }

  private static final int ERROR_WIDTH = 80;

  /** The --debug trace, cleaned too: exception messages quote paths and file content. */
  private static void printTrace(PrintWriter err, Throwable e) {
    java.io.StringWriter trace = new java.io.StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    err.print(TerminalText.clean(trace.toString()));
  }

  /**
   * {@code --home DIR} given before the command ("crossroads --home DIR drafts") is read as if it
   * came after it, where every command that uses profiles takes it: a folder is a setting of the
   * whole run, and people put such settings first.
   */
  static String[] homeAfterCommand(String[] args) {
    List<String> leading = new ArrayList<>();
    int i = 0;
    while (i < args.length && args[i].startsWith("--home")) {
      if (args[i].equals("--home") && i + 1 < args.length) {
        leading.add(args[i]);
        leading.add(args[i + 1]);
        i += 2;
      } else if (args[i].startsWith("--home=")) {
        leading.add(args[i]);
        i++;
      } else {
        break;
      }
    }
    if (leading.isEmpty() || i >= args.length || args[i].startsWith("-")) {
      return args;
    }
    List<String> out = new ArrayList<>();
    out.add(args[i]);
    out.addAll(leading);
    out.addAll(Arrays.asList(args).subList(i + 1, args.length));
    return out.toArray(String[]::new);
  }
}
