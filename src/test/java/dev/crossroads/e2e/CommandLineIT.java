package dev.crossroads.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar as a shell runs it: from another folder, with standard input from /dev/null, and
 * in a real terminal (tmux) for {@code new --lang ko-KR}.
 */
class CommandLineIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Path JAR = ROOT.resolve("target/crossroads.jar");
  @TempDir Path home;

  @BeforeAll
  static void needsTheJar() {
    assertThat(JAR).exists();
  }

  private record Run(int exitCode, String out, String err) {}

  private Run java(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = home.resolve("out.txt");
    Path err = home.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectInput(new File("/dev/null"))
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
    builder.environment().putAll(Map.of("LANG", "C.UTF-8", "HOME", home.toString(),
        "CROSSROADS_HOME", home.resolve("crossroads").toString()));
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void withStandardInputFromDevNullItSaysWhatToPassAndExits2LeavingNoDraft()
      throws IOException, InterruptedException {
    Run run = java(home);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    // Two messages, each wrapped at 80 columns with indented continuation lines.
    assertThat(run.err().lines().filter(l -> !l.startsWith("  "))).as(run.err()).hasSize(2);
    assertThat(run.err().lines()).allMatch(l -> l.length() <= 80);
    assertThat(run.err().replace("\n  ", " ")).contains("--answers FILE", "--no-input", "docs/answers-file.md",
        "Nothing was answered, so no draft is kept.")
        .doesNotContain("rating.", "\tat ", "crossroads resume");
    Path dir = home.resolve("crossroads/drafts");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> drafts = Files.list(dir)) {
        assertThat(drafts.toList()).isEmpty();
      }
    }
    assertThat(java(home, "drafts").out()).doesNotContain("Review");
  }

  @Test
  void aBareWordIsAFileWhenOneIsHereElseTheSavedProfile()
      throws IOException, InterruptedException {
    Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
    assertThat(java(elsewhere, "import", ROOT.resolve("docs/examples/grad-school.json").toString(),
        "--name", "grad").exitCode()).isZero();

    Run saved = java(elsewhere, "analyze", "grad");
    Path here = Files.createDirectories(home.resolve("here"));
    Files.copy(ROOT.resolve("docs/examples/grad-school-ko.json"), here.resolve("grad"));
    Run file = java(here, "analyze", "grad");
    Run neither = java(elsewhere, "money", "gard");

    assertThat(saved.exitCode()).as(saved.toString()).isZero();
    assertThat(saved.out()).contains("Grad school (master's) or industry now");
    assertThat(file.exitCode()).as(file.toString()).isZero();
    assertThat(file.out()).contains("대학원(석사) 진학이냐, 바로 취업이냐");
    assertThat(neither.exitCode()).isEqualTo(66);
    assertThat(neither.err().lines().filter(l -> !l.startsWith("  "))).hasSize(1);
  }

  @Test
  void inATerminalNewWithLangKoKrAsksInKorean() throws IOException {
    assumeTrue(Tmux.available(), "tmux is not installed");
    String command = "cd '" + ROOT + "' && env LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME='" + home
        + "' CROSSROADS_HOME='" + home.resolve("crossroads") + "' ./crossroads new --lang ko-KR"
        + "; echo \"EXIT=$?\"; sleep 600";
    Map<String, String> env = Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8",
        "HOME", home.toString(), "TERM", "xterm-256color");
    try (Tmux tmux = new Tmux(home, env, command)) {
      String screen = tmux.waitFor("the first prompt", s -> Person.prompts(s) >= 1);
      assertThat(screen).contains("지금 어떤 결정을 고민하고 있나요?");
      tmux.press("C-c");
      assertThat(tmux.waitFor("the exit", s -> s.contains("EXIT="))).contains("EXIT=130");
    }
  }

  @Test
  void inATerminalWithStandardInputFromDevNullTheHintIsOnTheScreen() throws IOException {
    assumeTrue(Tmux.available(), "tmux is not installed");
    String command = "cd '" + ROOT + "' && env LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME='" + home
        + "' CROSSROADS_HOME='" + home.resolve("crossroads") + "' ./crossroads </dev/null"
        + "; echo \"EXIT=$?\"; sleep 600";
    Map<String, String> env = Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8",
        "HOME", home.toString(), "TERM", "xterm-256color");
    try (Tmux tmux = new Tmux(home, env, command)) {
      String screen = tmux.waitFor("the exit", s -> s.contains("EXIT="));
      assertThat(screen).contains("No answers to go on", "--answers FILE", "EXIT=2")
          .doesNotContain("These answers are missing");
    }
  }
}
