package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.TerminalCapabilities;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that prints, under {@code --ascii} and under {@code TERM=dumb} (a terminal that
 * draws nothing but ASCII, and what screen readers and braille displays are often driven
 * through), on the example profiles in English and Korean: with Hangul taken out (the person's
 * text and crossroads' Korean), what is left is ASCII, with colour on or off; and the charts
 * say in words what they draw.
 */
class AsciiCommandsTest {
  private static final Pattern HANGUL_AND_STYLES =
      Pattern.compile("[\\p{IsHangul}]|\u001b\\[[0-9;]*m");
  @TempDir static Path dir;
  private static Path home;

  @BeforeAll
  static void importTheExamples() {
    home = dir.resolve("home");
    for (String name : List.of("grad-school", "grad-school-ko", "grad-school-money",
        "grad-school-money-ko")) {
      CommandRun run = CommandRun.of("import", "docs/examples/" + name + ".json", "--name", name,
          "--home", home.toString());
      assertThat(run.exitCode()).as(run.toString()).isZero();
    }
  }

  static Stream<Arguments> commands() {
    List<List<String>> commands = List.of(
        List.of("analyze", "grad-school"),
        List.of("analyze", "grad-school-ko"),
        List.of("analyze", "grad-school-money", "--width", "40"),
        List.of("money", "grad-school-money"),
        List.of("money", "grad-school-money-ko"),
        List.of("show", "grad-school"),
        List.of("show", "grad-school-money-ko"),
        List.of("compare", "grad-school"),
        List.of("compare", "grad-school-ko"),
        List.of("compare", "grad-school-money", "--with", "grad-school-money-ko"),
        List.of("scenario", "list", "grad-school"),
        List.of("review", "grad-school-ko"),
        List.of("review"),
        List.of("next"),
        List.of("profiles"),
        List.of("drafts"),
        List.of("templates"),
        List.of("show", "no-such-profile"),
        List.of("analyze", "grad-school", "--format", "wrong"));
    List<Arguments> all = new ArrayList<>();
    for (String lang : List.of("en_US.UTF-8", "ko_KR.UTF-8")) {
      for (List<String> command : commands) {
        all.add(Arguments.of(lang, command));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{1} --ascii in {0}")
  @MethodSource("commands")
  void theAsciiOptionKeepsEveryCommandToAscii(String lang, List<String> command) {
    for (boolean colour : List.of(false, true)) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("--ascii", "--home", home.toString()));
      CommandRun run = run(Map.of("LANG", lang), terminal(colour), args);
      assertAsciiBesidesHangul(command + " --ascii, colour " + colour, run);
    }
  }

  @ParameterizedTest(name = "{1} under TERM=dumb in {0}")
  @MethodSource("commands")
  void aDumbTerminalGetsAsciiWithoutTheOption(String lang, List<String> command) {
    Map<String, String> env = Map.of("LANG", lang, "TERM", "dumb");
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--home", home.toString()));
    CommandRun run = run(env, TerminalCapabilities.of(env, onATerminal()), args);

    assertAsciiBesidesHangul(command + " under TERM=dumb", run);
    assertThat(run.out()).doesNotContain("\u001b[");
  }

  @Test
  void theChartsSayInWordsWhatTheyDraw() {
    CommandRun analyze = CommandRun.of("analyze", "grad-school", "--ascii", "--home",
        home.toString());
    CommandRun money = CommandRun.of("money", "grad-school-money", "--ascii", "--home",
        home.toString());
    CommandRun plain = CommandRun.of("analyze", "grad-school", "--home", home.toString());

    assertThat(analyze.out().replaceAll("\\s+", " ")).contains(
        "In words, the points each criterion adds to the score:",
        "- ML engineer job now (70.8): Growth and learning speed 16.7;");
    assertThat(money.out().replaceAll("\\s+", " ")).contains(
        "In words, cumulative net income (millions of KRW):",
        "- ML engineer job now: 45.0..52.0 in year 1, 243.7..281.6 in year 5, 540.3..624.3 in"
            + " year 10");
    assertThat(plain.out()).doesNotContain("In words").contains("█");
  }

  @Test
  void theLookingBackInterviewKeepsToAsciiToo() {
    for (String lang : List.of("en_US.UTF-8", "ko_KR.UTF-8")) {
      Path own = dir.resolve("look-" + lang);
      assertThat(CommandRun.of("import", "docs/examples/grad-school-ko.json", "--name", "g",
          "--home", own.toString()).exitCode()).isZero();
      // After the example's review date, at a terminal, with every question answered.
      CommandRun run = run(Map.of("LANG", lang), new TerminalCapabilities(true, false, false,
              OptionalInt.of(80)), "1\n7\n배운 것\nabout-right\n2028-01-01\n",
          java.time.Clock.fixed(java.time.Instant.parse("2027-10-01T12:00:00Z"),
              java.time.ZoneOffset.UTC),
          List.of("review", "g", "--ascii", "--home", own.toString()));

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out()).as(run.toString()).contains(" > ");
      assertAsciiBesidesHangul("review g --ascii at a terminal, " + lang, run);
    }
  }

  @Test
  void aKeptTemplateTitleIsSavedAsTheBankWroteItWhateverTheOutput() throws Exception {
    Path answers = dir.resolve("research.yaml");
    java.nio.file.Files.writeString(answers, String.join("\n",
        "template: research-vs-engineering",
        "gut: [research, research-engineer, engineering]",
        "rating:",
        "  research: {interest: 7, impact: 7, growth: 7, aptitude: 7, meta-skills: 7, resources: 7}",
        "  research-engineer: {interest: 6, impact: 6, growth: 6, aptitude: 6, meta-skills: 6,"
            + " resources: 6}",
        "  engineering: {interest: 5, impact: 5, growth: 5, aptitude: 5, meta-skills: 5,"
            + " resources: 5}",
        "save.name: kept", ""));
    Path own = dir.resolve("kept");
    CommandRun run = CommandRun.of(Map.of("LANG", "ko_KR.UTF-8"), "new", "--no-input",
        "--answers", answers.toString(), "--ascii", "--home", own.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(java.nio.file.Files.readString(own.resolve("profiles/kept.json")))
        .contains("\"title\": \"연구를 할까, 엔지니어링·제품 개발을 할까?\"");
  }

  @Test
  void theOptionTakesNoValue() {
    CommandRun run = CommandRun.of("analyze", "grad-school", "--ascii=true", "--home",
        home.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void everyCommandTakesTheOption() {
    for (String command : List.of("profiles", "drafts", "templates", "next", "review", "rename",
        "delete", "import", "export", "scenario")) {
      CommandRun help = CommandRun.of(command, "--help");
      assertThat(help.out()).as(command).contains("--ascii");
    }
  }

  private static void assertAsciiBesidesHangul(String what, CommandRun run) {
    for (String stream : List.of(run.out(), run.rawErr())) {
      String left = HANGUL_AND_STYLES.matcher(stream).replaceAll("");
      assertThat(left.codePoints().filter(c -> c > 0x7F).mapToObj(Character::toString).toList())
          .as("%s%n%s", what, run)
          .isEmpty();
    }
  }

  private static CommandRun run(Map<String, String> env, TerminalCapabilities terminal,
      List<String> args) {
    return run(env, terminal, "", CommandRun.CLOCK, args);
  }

  private static CommandRun run(Map<String, String> env, TerminalCapabilities terminal,
      String typed, java.time.Clock clock, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new ByteArrayInputStream(typed.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true), env, clock, terminal)
        .run(args.toArray(String[]::new));
    return new CommandRun(code, out.toString(), err.toString(), err.toString());
  }

  private static TerminalCapabilities terminal(boolean colour) {
    return colour ? new TerminalCapabilities(true, true, false, OptionalInt.of(80))
        : TerminalCapabilities.none();
  }

  private static TerminalCapabilities.Probe onATerminal() {
    return new TerminalCapabilities.Probe() {
      @Override
      public boolean isTerminal() {
        return true;
      }

      @Override
      public OptionalInt columns() {
        return OptionalInt.of(80);
      }
    };
  }
}
