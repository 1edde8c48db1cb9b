package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.DisplayWidth;
import dev.crossroads.TerminalCapabilities;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the terminal allows is decided once, in {@link Main}, and every command goes by that one
 * value: the width and styling of its text, and whether there is anyone to ask.
 */
class TerminalPassedDownTest {
  private static final Path EXAMPLE = Path.of("docs/examples/grad-school.json");
  private static final TerminalCapabilities NARROW =
      new TerminalCapabilities(true, true, false, OptionalInt.of(60));
  @TempDir Path home;

  private CommandRun run(TerminalCapabilities terminal, String typed, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true),
        Map.of("LANG", "en_US.UTF-8", "HOME", home.toString()), CommandRun.CLOCK, terminal)
        .run(args);
    return new CommandRun(code, out.toString(), err.toString(), err.toString());
  }

  private static int widest(String text) {
    return text.replaceAll("\u001B\\[[;0-9]*m", "").lines().mapToInt(DisplayWidth::of).max()
        .orElse(0);
  }

  @Test
  void onATerminalTextIsLaidOutForItsWidthAndStyled() {
    CommandRun run = run(NARROW, "", "analyze", EXAMPLE.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(widest(run.out())).isLessThanOrEqualTo(60);
    assertThat(run.out()).contains("\u001B[");
  }

  @Test
  void withoutATerminalTextIsPlainAndEightyColumnsWide() {
    CommandRun run = run(TerminalCapabilities.none(), "", "analyze", EXAMPLE.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).doesNotContain("\u001B");
    assertThat(widest(run.out())).isGreaterThan(60).isLessThanOrEqualTo(80);
  }

  @Test
  void theOutputOptionsNarrowWhatTheTerminalAllows() {
    CommandRun run = run(NARROW, "", "analyze", EXAMPLE.toString(), "--no-color", "--ascii");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).doesNotContain("\u001B").doesNotContain("─").doesNotContain("█");
    assertThat(widest(run.out())).isLessThanOrEqualTo(60);
  }

  @Test
  void aListingFitsTheTerminalAndKeepsEveryFieldWholeInAPipe() {
    CommandRun atTerminal = run(NARROW, "", "--lang", "ko", "templates");
    CommandRun piped = run(TerminalCapabilities.none(), "", "--lang", "ko", "templates");

    assertThat(atTerminal.exitCode()).as(atTerminal.toString()).isZero();
    assertThat(widest(atTerminal.out())).isLessThanOrEqualTo(60);
    assertThat(widest(piped.out())).isGreaterThan(80);
    assertThat(piped.out()).contains("대학원에 갈까, 바로 취업할까?");
  }

  private long savedProfiles() throws Exception {
    try (var files = Files.walk(home)) {
      return files.filter(p -> p.getFileName().toString().equals("grad.json")).count();
    }
  }

  @Test
  void aDeletionIsAskedAboutOnlyWhereSomeoneIsThere() throws Exception {
    String dir = home.resolve("crossroads").toString();
    assertThat(run(TerminalCapabilities.none(), "", "import", EXAMPLE.toString(), "--name",
        "grad", "--home", dir).exitCode()).isZero();
    assertThat(savedProfiles()).isEqualTo(1);

    CommandRun piped = run(TerminalCapabilities.none(), "y\n", "delete", "grad", "--home", dir);
    assertThat(piped.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(savedProfiles()).isEqualTo(1);

    CommandRun asked = run(NARROW, "y\n", "delete", "grad", "--home", dir);
    assertThat(asked.exitCode()).as(asked.toString()).isZero();
    assertThat(asked.out()).contains("Delete profile \"grad\"");
    assertThat(savedProfiles()).isZero();
  }
}
