package dev.crossroads.session;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.TerminalCapabilities;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.session.ask.Asker;
import dev.crossroads.session.ask.EarlyAsker;
import dev.crossroads.session.ask.FirstScreen;
import dev.crossroads.session.ask.TerminalAsker;
import dev.crossroads.session.question.BankCatalogue;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.SessionEnd;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The session's first screen is printed before its terminal is open ({@link EarlyAsker}), and a
 * person must not be able to tell: what is on the screen once the line reader has taken over is
 * what the terminal asker alone puts there, in either language, at any width, in every look.
 */
class EarlyScreenTest {
  private static final String STOP = Harness.CTRL_C;
  @TempDir Path home;

  /** What was sent to the terminal, and what had been sent when the terminal was first needed. */
  private record Run(String raw, String beforeTerminal, SessionEnd end) {}

  /**
   * How the first screen gets out: by the terminal asker once the terminal is open, by the
   * early asker before, or as shipped in the jar before the session is even made.
   */
  private enum Way { LATE, EARLY, SHIPPED }

  private static TerminalCapabilities look(int width, boolean color, boolean ascii) {
    return new TerminalCapabilities(true, color, ascii, OptionalInt.of(width));
  }

  /** The shipped question bank, as a person's session has it. */
  private Harness harness(String language) {
    return new Harness(home.resolve(language), language)
        .with(new BankCatalogue(TemplateSources.from(Map.of(), Optional.empty())));
  }

  /** A new session's arguments, its drafts in the harness's folder. */
  private static SessionArgs args(Harness h, String... more) {
    List<String> words = new ArrayList<>(List.of("new", "--home", h.home.toString()));
    words.addAll(List.of(more));
    return SessionArgs.parse(words.toArray(String[]::new));
  }

  /** No templates of the person's own (HOME has no config folder). */
  private Map<String, String> env() {
    return Map.of("HOME", home.toString());
  }

  private Run session(String language, TerminalCapabilities look, String keys, boolean early) {
    return session(language, look, keys, early ? Way.EARLY : Way.LATE);
  }

  /** A session at a test terminal whose output, and the screen's, go to {@code bytes}. */
  private Run session(String language, TerminalCapabilities look, String keys, Way way) {
    Harness h = look.ascii() ? harness(language).inAscii() : harness(language);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Terminal terminal = new DumbTerminal("test", "ansi",
        new ByteArrayInputStream(keys.getBytes(UTF_8)), bytes, UTF_8)) {
      terminal.setSize(new Size(look.width(), 40));
      PrintWriter screen = new PrintWriter(new OutputStreamWriter(bytes, UTF_8), true);
      List<String> before = new ArrayList<>();
      Optional<FirstScreen> printed = way == Way.SHIPPED
          ? FirstScreens.printEarly(args(h), env(), language, look, screen) : Optional.empty();
      Asker asker = way == Way.LATE
          ? new TerminalAsker(terminal, h.messages(), look)
          : new EarlyAsker(screen, look, () -> {
            before.add(bytes.toString(UTF_8));
            return new TerminalAsker(terminal, h.messages(), look);
          }, printed, () -> 0);
      SessionEnd end = h.session(asker, h.drafts.fresh(Harness.TODAY.atStartOfDay()), screen)
          .run(SessionState.start(language));
      screen.flush();
      terminal.writer().flush();
      return new Run(bytes.toString(UTF_8), before.isEmpty() ? "" : before.get(0), end);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What a terminal shows for {@code raw}: a carriage return goes back to the line's start and
   * what follows overwrites it, ESC [ A goes one line up, other escape sequences have no width.
   * Styling is compared apart.
   */
  static List<String> shown(String raw) {
    String text = raw.replace("\u001B[A", "\u0001")
        .replaceAll("\u001B\\[[;?0-9]*[ -/]*[@-~]", "")
        .replaceAll("\u001B[()][0-9A-B]", "").replaceAll("\u001B[=>]", "");
    List<StringBuilder> lines = new ArrayList<>(List.of(new StringBuilder()));
    int row = 0;
    int column = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        row++;
        column = 0;
        if (row == lines.size()) {
          lines.add(new StringBuilder());
        }
      } else if (c == '\r') {
        column = 0;
      } else if (c == '\u0001') {
        row = Math.max(0, row - 1);
      } else {
        StringBuilder line = lines.get(row);
        if (column < line.length()) {
          line.setCharAt(column, c);
        } else {
          line.append(c);
        }
        column++;
      }
    }
    return lines.stream().map(StringBuilder::toString).toList();
  }

  @ParameterizedTest(name = "{0} at {1} columns, colour {2}, ascii {3}")
  @CsvSource({"en, 100, true, false", "en, 100, false, false", "en, 100, true, true",
      "ko, 100, true, false", "ko, 44, true, false", "en, 40, false, true",
      "ko, 40, false, true"})
  void theScreenIsTheSameWhetherTheFirstQuestionWasPrintedEarlyOrNot(String language,
      int width, boolean color, boolean ascii) {
    TerminalCapabilities look = look(width, color, ascii);

    Run early = session(language, look, STOP, true);
    Run late = session(language, look, STOP, false);

    assertThat(shown(early.raw())).isEqualTo(shown(late.raw()));
    assertThat(early.end().interrupted()).isTrue();
    assertThat(late.end().interrupted()).isTrue();
  }

  @ParameterizedTest(name = "in {0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "ko"})
  void theWholeFirstScreenWithItsPromptIsOutBeforeTheTerminalIsNeeded(String language) {
    TerminalCapabilities look = look(100, true, false);
    String question = harness(language).messages().get("session.template.ask");

    Run early = session(language, look, STOP, true);
    Run late = session(language, look, STOP, false);

    List<String> before = shown(early.beforeTerminal());
    List<String> after = shown(late.raw());
    assertThat(before).contains(question);
    assertThat(before).hasSizeGreaterThan(8);
    // Every line up to the prompt's, and the prompt itself, as the terminal asker shows them.
    assertThat(after.subList(0, before.size() - 1)).isEqualTo(before.subList(0, before.size() - 1));
    assertThat(after.get(before.size() - 1)).startsWith(before.get(before.size() - 1));
    assertThat(before.get(before.size() - 1)).endsWith(" › ");
  }

  @Test
  void theEarlyPromptIsBoldOnlyWhereStylingIsAllowed() {
    String styled = session("en", look(100, true, false), STOP, true).beforeTerminal();
    String plain = session("en", look(100, false, false), STOP, true).beforeTerminal();

    assertThat(styled).contains("\u001B[1mNumber [1] › \u001B[0m");
    assertThat(plain).doesNotContain("\u001B");
    assertThat(shown(plain)).isEqualTo(shown(styled));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"EARLY, en, Part 1 of 8: The decision", "SHIPPED, en, Part 1 of 8: The decision",
      "EARLY, ko, 8단계 중 1단계: 결정", "SHIPPED, ko, 8단계 중 1단계: 결정"})
  void underAsciiTheFirstScreenIsInWordsAndItsPromptIsSentOnce(Way way, String language,
      String header) {
    String ascii = session(language, look(100, true, true), STOP, way).raw();
    String prompt = language.equals("en") ? "Number [1] > " : "번호 [1] > ";

    assertThat(shown(ascii)).contains(header);
    assertThat(ascii.split(java.util.regex.Pattern.quote(prompt), -1)).hasSize(2);
    assertThat(ascii.replaceAll("\u001B\\[[;?0-9]*[ -/]*[@-~]", "").codePoints()
        .filter(c -> c >= 0x80)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL))
        .isTrue();
    assertThat(session(language, look(100, true, false), STOP, way).raw())
        .contains(language.equals("en") ? "── 1/8 · The decision ──" : "── 1/8 · 결정 ──");
  }

  @Test
  void anAnswerTypedAtTheEarlyPromptIsTakenOnceTheTerminalIsOpen() {
    Run early = session("en", look(100, true, false), "2" + Harness.ENTER + STOP, true);

    assertThat(early.end().state().text(dev.crossroads.session.state.Ids.TEMPLATE))
        .contains("research-vs-engineering");
  }

  @ParameterizedTest(name = "{0} at {1} columns, colour {2}, ascii {3}")
  @CsvSource({"en, 100, true, false", "en, 100, false, true", "ko, 100, true, false",
      "ko, 30, false, false", "ko, 30, false, true"})
  void theShippedFirstScreenIsTheSessionsOwnAndIsNotPrintedTwice(String language, int width,
      boolean color, boolean ascii) {
    TerminalCapabilities look = look(width, color, ascii);

    Run shipped = session(language, look, STOP, Way.SHIPPED);
    Run late = session(language, look, STOP, Way.LATE);

    assertThat(shown(shipped.raw())).isEqualTo(shown(late.raw()));
    assertThat(shipped.beforeTerminal()).isEqualTo(
        session(language, look, STOP, Way.EARLY).beforeTerminal());
  }

  @ParameterizedTest(name = "in {0}, ascii {1}")
  @CsvSource({"en, false", "ko, false", "en, true", "ko, true"})
  void theScreenShippedInTheJarIsTheOneTheSessionWorksOutNow(String language, boolean ascii) {
    PrintWriter nowhere = new PrintWriter(java.io.OutputStream.nullOutputStream());

    Optional<FirstScreen> shipped = FirstScreens.printEarly(args(harness(language)), env(),
        language, look(80, false, ascii), nowhere);

    assertThat(shipped).contains(FirstScreens.of(language,
        new BankCatalogue(TemplateSources.from(env(), Optional.empty())), ascii));
  }

  @Test
  void aDraftLeftFromBeforeIsHintedAtAboveTheShippedScreen() throws IOException {
    Harness h = harness("en");
    java.io.StringWriter without = new java.io.StringWriter();
    FirstScreens.printEarly(args(h), env(), "en", look(60, false, false),
        new PrintWriter(without));
    java.nio.file.Files.createDirectories(h.drafts.dir());
    java.nio.file.Files.writeString(h.drafts.dir().resolve("20261125-101500.json"), "{}");
    java.io.StringWriter with = new java.io.StringWriter();

    FirstScreens.printEarly(args(h), env(), "en", look(60, false, false), new PrintWriter(with));

    List<String> hint =
        dev.crossroads.session.ask.Layout.wrap(h.messages().get("session.draft.hint"), 59);
    assertThat(shown(with.toString()).subList(0, hint.size())).isEqualTo(hint);
    assertThat(with.toString()).isEqualTo(String.join("\n", hint) + "\n" + without);
  }

  @ParameterizedTest(name = "not with {0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"--template=blank",
      "--answers=a.yaml", "resume", "edit", "own templates"})
  void nothingIsPrintedEarlyWhenTheFirstScreenMayBeAnother(String given) throws IOException {
    Harness h = harness("en");
    SessionArgs args = switch (given) {
      case "resume" -> SessionArgs.parse(new String[] {"resume", "--home", h.home.toString()});
      case "edit" -> SessionArgs.parse(new String[] {"edit", "grad", "--home", h.home.toString()});
      case "own templates" -> args(h);
      default -> args(h, given);
    };
    if (given.equals("own templates")) {
      java.nio.file.Files.createDirectories(home.resolve(".config/crossroads/questions"));
    }
    java.io.StringWriter out = new java.io.StringWriter();

    assertThat(FirstScreens.printEarly(args, env(), "en", look(100, true, false),
        new PrintWriter(out))).isEmpty();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anEnterTypedBeforeTheTerminalOpenedLeavesTheScreenAsIfTypedAtThePrompt() throws IOException {
    TerminalCapabilities look = look(100, true, false);
    Harness h = harness("en");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Terminal terminal = new DumbTerminal("test", "ansi",
        new ByteArrayInputStream((Harness.ENTER + STOP).getBytes(UTF_8)), bytes, UTF_8)) {
      terminal.setSize(new Size(100, 40));
      PrintWriter screen = new PrintWriter(new OutputStreamWriter(bytes, UTF_8), true);
      Asker asker = new EarlyAsker(screen, look, () -> {
        // The terminal, in its own line mode, showed the Enter typed meanwhile.
        screen.print("\n");
        screen.flush();
        return new TerminalAsker(terminal, h.messages(), look);
      }, Optional.empty(), () -> 1);
      h.session(asker, h.drafts.fresh(Harness.TODAY.atStartOfDay()), screen)
          .run(SessionState.start("en"));
      screen.flush();
    }

    Run late = session("en", look, Harness.ENTER + STOP, Way.LATE);
    assertThat(shown(bytes.toString(UTF_8))).isEqualTo(shown(late.raw()));
  }
}
