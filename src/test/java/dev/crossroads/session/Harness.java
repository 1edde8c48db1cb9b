package dev.crossroads.session;

import dev.crossroads.session.ask.Asker;
import dev.crossroads.session.ask.FileAsker;
import dev.crossroads.session.ask.LineAsker;
import dev.crossroads.session.ask.TerminalAsker;
import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.SessionEnd;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.crossroads.Messages;
import dev.crossroads.TerminalCapabilities;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * Runs sessions in tests: scripted keys through a JLine test terminal, an answers file, or piped
 * lines, with drafts in a temporary folder and profiles kept in memory.
 */
final class Harness {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  static final String ENTER = "\r";
  static final String CTRL_C = "\u0003";
  static final String CTRL_D = "\u0004";
  static final String BACKSPACE = "\u007f";

  final Path home;
  final Drafts drafts;
  final SavedProfiles profiles = new SavedProfiles();
  final String language;
  String screen = "";
  /** What the terminal was sent, escape sequences and all. */
  String raw = "";
  private Catalogue catalogue = new TestCatalogue();
  private boolean ascii;
  private java.util.function.UnaryOperator<Asker> watch = a -> a;

  Harness(Path home, String language) {
    this.home = home;
    this.drafts = new Drafts(home.resolve("drafts"));
    this.language = language;
  }

  /** The same harness on another question bank (the shipped one, say). */
  Harness with(Catalogue bank) {
    this.catalogue = bank;
    return this;
  }

  /** The same harness as {@code --ascii} (or TERM=dumb) leaves a session. */
  Harness inAscii() {
    this.ascii = true;
    return this;
  }

  /** The same harness with the terminal's asker seen through {@code around}. */
  Harness watching(java.util.function.UnaryOperator<Asker> around) {
    this.watch = around;
    return this;
  }

  Messages messages() {
    return new Messages("ko".equals(language) ? Locale.KOREAN : Locale.ENGLISH, ascii);
  }

  /** Lines typed one after another, each ended with Enter. */
  static String lines(String... lines) {
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l).append(ENTER);
    }
    return b.toString();
  }

  Session session(Asker asker, Path draft, PrintWriter out) {
    return new Session(messages(), asker, catalogue, new WeightedSumSummary(),
        profiles, drafts, draft, TODAY, 80, out);
  }

  /** Types {@code keys} at a test terminal, starting from {@code start}. */
  SessionEnd typed(String keys, SessionState start, Path draft) {
    return typed(keys, start, draft, Optional.empty());
  }

  /** Answers from {@code file}; what it leaves out is typed at the terminal. */
  SessionEnd typedWithFile(String keys, Map<String, Answer> file) {
    return typed(keys, SessionState.start(language), drafts.fresh(TODAY.atStartOfDay()),
        Optional.of(file));
  }

  private SessionEnd typed(String keys, SessionState start, Path draft,
      Optional<Map<String, Answer>> file) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Terminal terminal =
        new DumbTerminal("test", "ansi", new ByteArrayInputStream(keys.getBytes(UTF_8)), bytes,
            UTF_8)) {
      terminal.setSize(new org.jline.terminal.Size(100, 40));
      Asker asker = watch.apply(new TerminalAsker(terminal, messages(),
          new TerminalCapabilities(true, true, ascii, java.util.OptionalInt.of(100))));
      Asker a = file.isPresent() ? new FileAsker(file.get(), Optional.of(asker)) : asker;
      SessionEnd r = session(a, draft, terminal.writer()).run(start);
      terminal.writer().flush();
      raw = bytes.toString(UTF_8);
      screen = plain(raw);
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  SessionEnd typed(String keys) {
    return typed(keys, SessionState.start(language), drafts.fresh(TODAY.atStartOfDay()));
  }

  SessionEnd resumed(String keys, Path draft) {
    return typed(keys, drafts.load(draft), draft);
  }

  SessionEnd fromFile(Map<String, Answer> answers) {
    StringWriter out = new StringWriter();
    SessionEnd r = session(new FileAsker(answers, Optional.empty()),
        drafts.fresh(TODAY.atStartOfDay()), new PrintWriter(out)).run(SessionState.start(language));
    screen = out.toString();
    return r;
  }

  SessionEnd piped(String text) {
    StringWriter out = new StringWriter();
    SessionEnd r = session(
        new LineAsker(new java.io.BufferedReader(new java.io.StringReader(text))),
        drafts.fresh(TODAY.atStartOfDay()), new PrintWriter(out)).run(SessionState.start(language));
    screen = out.toString();
    return r;
  }

  /** The screen without colours and cursor movements. */
  static String plain(String ansi) {
    return ansi.replaceAll("\u001B\\[[;?0-9]*[ -/]*[@-~]", "").replaceAll("\u001B[()][0-9A-B]", "")
        .replace("\r", "");
  }
}
