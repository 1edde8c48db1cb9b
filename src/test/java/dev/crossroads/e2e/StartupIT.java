package dev.crossroads.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first moments of a session in a real terminal. The first screen is printed before JLine
 * owns the terminal, so two things must hold there: the screen does not change when the line
 * reader takes over, and Ctrl-C at any moment of the start ends the run with 130 and leaves the
 * terminal's settings ({@code stty -a}) as they were.
 */
class StartupIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  @TempDir Path home;

  @BeforeAll
  static void needsTmuxAndTheJar() throws Exception {
    assumeTrue(Tmux.available(), "tmux is not installed");
    assertThat(ROOT.resolve("target/crossroads.jar")).exists();
    // The first run after a build trains the class-data archive for seconds at its end; done
    // here, so every timing below is a start like any other.
    new ProcessBuilder(ROOT.resolve("crossroads").toString(), "--version")
        .redirectErrorStream(true).start().waitFor();
  }

  private Map<String, String> env() {
    return Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8", "HOME", home.toString(),
        "TERM", "xterm-256color");
  }

  private String launch(String settings, String args) {
    return "cd '" + ROOT + "' && env LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME='" + home
        + "' CROSSROADS_HOME='" + home.resolve("crossroads") + "' " + settings
        + " ./crossroads " + args;
  }

  private static void await(String what, BooleanSupplier done) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      pause(5);
    }
  }

  private static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Starts a session that notes the terminal's settings before and after it, and its exit. */
  private Tmux sessionBetweenSttys(Path dir) throws IOException {
    return sessionBetweenSttys(dir, "");
  }

  private Tmux sessionBetweenSttys(Path dir, String settings) throws IOException {
    Files.createDirectories(dir);
    // The shell survives the Ctrl-C (a trap, unlike an ignored signal, is not inherited) to
    // note the exit code and the settings after it.
    Files.writeString(dir.resolve("run.sh"), "trap : INT\n"
        + "stty -a >'" + dir.resolve("before") + "'\n"
        + "touch '" + dir.resolve("go") + "'\n"
        + launch(settings, "") + "\n"
        + "echo $? >'" + dir.resolve("code") + "'\n"
        + "stty -a >'" + dir.resolve("after.part") + "' && mv '" + dir.resolve("after.part")
        + "' '" + dir.resolve("after") + "'\n"
        + "sleep 600\n", UTF_8);
    return new Tmux(home, env(), "bash '" + dir.resolve("run.sh") + "'");
  }

  private void assertEndedWith130AndTheSameSettings(Path dir) throws IOException {
    await("the settings after the run", () -> Files.exists(dir.resolve("after")));
    assertThat(Files.readString(dir.resolve("code"), UTF_8).strip()).isEqualTo("130");
    assertThat(Files.readString(dir.resolve("after"), UTF_8))
        .isEqualTo(Files.readString(dir.resolve("before"), UTF_8));
  }

  @ParameterizedTest(name = "Ctrl-C {0} ms after the start")
  @ValueSource(ints = {20, 50, 100, 200})
  void ctrlCDuringTheStartEndsWith130AndLeavesTheTerminalAsItWas(int ms) throws IOException {
    Path dir = home.resolve("at-" + ms);
    try (Tmux tmux = sessionBetweenSttys(dir)) {
      await("the start", () -> Files.exists(dir.resolve("go")));
      pause(ms);
      tmux.press("C-c");
      assertEndedWith130AndTheSameSettings(dir);
    }
  }

  @Test
  void ctrlCAtTheFirstPromptEndsWith130AndLeavesTheTerminalAsItWas() throws IOException {
    Path dir = home.resolve("at-prompt");
    try (Tmux tmux = sessionBetweenSttys(dir)) {
      await("the line reader", () -> tmux.snapshot().lineReaderStarted());
      tmux.press("C-c");
      assertEndedWith130AndTheSameSettings(dir);
    }
  }

  @Test
  void ctrlCAtTheFirstPromptOfADumbTerminalStopsAsAnywhereElseAndSaysHowToResume()
      throws IOException {
    Path dir = home.resolve("dumb");
    try (Tmux tmux = sessionBetweenSttys(dir, "TERM=dumb")) {
      tmux.waitFor("the first prompt", s -> s.contains("Number [1] > "));
      tmux.type("1");
      tmux.press("Enter");
      tmux.waitFor("the second prompt", s -> s.contains("Decision ["));
      tmux.press("C-c");
      assertEndedWith130AndTheSameSettings(dir);
      // One line each, which the terminal folds at its edge.
      assertThat(tmux.snapshot().screen().replace("\n", "")).contains("Stopped.",
          "crossroads resume");
    }
  }

  @ParameterizedTest(name = "with \"{0}\"")
  @ValueSource(strings = {"|", "NO_COLOR=1|", "|--lang ko", "|with a draft"})
  void theFirstScreenDoesNotChangeWhenTheLineReaderTakesOver(String given) throws IOException {
    String settings = given.substring(0, given.indexOf('|'));
    String args = given.substring(given.indexOf('|') + 1);
    if (args.equals("with a draft")) {
      // A draft left from before: the first screen opens with the hint about it.
      Path drafts = Files.createDirectories(home.resolve("crossroads/drafts"));
      Files.writeString(drafts.resolve("20261125-101500.json"), "{}", UTF_8);
      args = "";
    }
    // JLine may be quicker than the first screen on a quiet machine; a few tries see it late.
    for (int attempt = 0; attempt < 5; attempt++) {
      try (Tmux tmux = new Tmux(home, env(), launch(settings, args) + "; sleep 600")) {
        Tmux.Snapshot[] seen = {tmux.snapshot()};
        await("the first prompt", () -> (seen[0] = tmux.snapshot()).screen().contains("›"));
        Tmux.Snapshot first = seen[0];
        if (first.lineReaderStarted()) {
          continue;
        }
        await("the line reader", () -> tmux.snapshot().lineReaderStarted());
        pause(200);
        assertThat(tmux.snapshot().screen()).isEqualTo(first.screen());
        if (given.contains("draft")) {
          assertThat(first.screen()).contains("crossroads resume");
        }
        if (settings.contains("NO_COLOR")) {
          assertThat(first.screen()).doesNotContain("\u001B[1m");
        } else {
          assertThat(first.screen()).contains("\u001B[1m");
        }
        return;
      }
    }
    assumeTrue(false, "the line reader was up before the first screen in every try");
  }

  /**
   * Under TERM=dumb (and --ascii) a screen reader or a braille display gets what was sent, not
   * what the screen shows after it was redrawn: each prompt must be sent once, every line whole,
   * and nothing but ASCII.
   */
  @ParameterizedTest(name = "with \"{0}\"")
  @ValueSource(strings = {"TERM=dumb|", "|--ascii"})
  void underAsciiTheFirstTwoScreensAreSentOnceInPlainAsciiALineEach(String given)
      throws IOException {
    String settings = given.substring(0, given.indexOf('|'));
    String args = given.substring(given.indexOf('|') + 1);
    Path go = home.resolve("go");
    Path sent = home.resolve("sent");
    String wait = "while [ ! -e '" + go + "' ]; do sleep 0.05; done; ";
    try (Tmux tmux = new Tmux(home, env(),
        wait + launch(settings, args) + "; echo ended; sleep 600")) {
      tmux.record(sent);
      Files.writeString(go, "", UTF_8);
      tmux.waitFor("the first prompt", s -> s.contains("Number [1] > "));
      tmux.type("1");
      tmux.press("Enter");
      tmux.waitFor("the second prompt", s -> s.contains("Decision ["));
      pause(300);
      String raw = Files.readString(sent, UTF_8);
      String text = raw.replaceAll("\u001B\\[[;?0-9]*[ -/]*[@-~]", "")
          .replaceAll("\u001B[()=>][0-9A-B]?", "");

      assertThat(raw.codePoints().filter(c -> c >= 0x80)).as(raw).isEmpty();
      assertThat(text.split("Number \\[1\\] > ", -1)).as(raw).hasSize(2);
      assertThat(text.split("Decision \\[", -1)).as(raw).hasSize(2);
      assertThat(text).contains("Part 1 of 8: The decision\r\n");
      // The template's introduction is longer than the terminal is wide, and sent as one line.
      assertThat(text.lines()).anyMatch(l -> l.startsWith("For students")
          && l.endsWith("also counts as an option.") && l.length() > 120);
      // Stopped, so that nothing is written in the folder as it is removed.
      tmux.press("C-c");
      tmux.waitFor("the end", s -> s.contains("ended"));
    }
  }
}
