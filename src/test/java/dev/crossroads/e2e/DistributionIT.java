package dev.crossroads.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crossroads.cli.DistributionFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive that {@code mvn package} builds, as a person installs it: unpacked into a
 * folder of its own, run from elsewhere and through a link on their PATH, its man pages read with
 * man, its completion used in bash.
 */
class DistributionIT {
  private static final String VERSION = System.getProperty("crossroads.version");
  private static final Path ARCHIVE = Path.of(System.getProperty("crossroads.archive", "-"));
  private static final String TOP = "crossroads-" + VERSION + "/";

  @TempDir Path dir;
  private Path install;
  private Path home;

  private record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void unpack() throws IOException, InterruptedException {
    assertThat(VERSION).as("failsafe passes the build's version").isNotBlank();
    assertThat(ARCHIVE).as("mvn package builds the archive").isRegularFile();
    Path opt = Files.createDirectories(dir.resolve("opt"));
    home = Files.createDirectories(dir.resolve("home"));
    Run untar = run(opt, Map.of(), "tar", "xzf", ARCHIVE.toString());
    assertThat(untar.exitCode()).as(untar.err()).isZero();
    install = opt.resolve(TOP);
  }

  @Test
  void theArchiveHoldsTheLauncherTheJarAManPagePerCommandAndTheCompletions()
      throws IOException, InterruptedException {
    Run list = run(dir, Map.of(), "tar", "tzf", ARCHIVE.toString());

    assertThat(list.exitCode()).as(list.err()).isZero();
    List<String> expected = new ArrayList<>(List.of("bin/crossroads", "lib/crossroads.jar",
        "lib/launch.bash",
        "share/bash-completion/completions/crossroads", "share/zsh/crossroads.zsh",
        "share/doc/crossroads/README.md", "share/doc/crossroads/docs/examples/grad-school.json"));
    DistributionFiles.manPageNames().forEach(page -> expected.add("share/man/man1/" + page + ".1"));
    assertThat(expected).contains("share/man/man1/crossroads.1",
        "share/man/man1/crossroads-analyze.1", "share/man/man1/crossroads-scenario-add.1");
    assertThat(list.out().lines().filter(entry -> !entry.endsWith("/")))
        .allMatch(entry -> entry.startsWith(TOP))
        .containsAll(expected.stream().map(entry -> TOP + entry).toList());
    assertThat(install.resolve("bin/crossroads")).isExecutable();
  }

  @Test
  void atATerminalTheLauncherTellsJavaTheWidthAndThatATerminalIsThere() throws Exception {
    assumeTrue(Tmux.available(), "tmux is not installed");
    // A stand-in for java that notes what the launcher hands it, and the JVM is not started.
    Path seen = dir.resolve("seen");
    Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"COLUMNS=$COLUMNS $*\" >'" + seen + "'\n");
    java.toFile().setExecutable(true);
    String launcher = install.resolve("bin/crossroads").toString();
    try (Tmux tmux = new Tmux(dir, Map.of("HOME", home.toString(), "LANG", "C.UTF-8",
        "TERM", "xterm"), "env -u COLUMNS JAVA_HOME='" + dir.resolve("jdk") + "' '" + launcher
        + "' --version; sleep 60")) {
      for (int i = 0; i < 200 && !Files.exists(seen); i++) {
        Thread.sleep(50);
      }
      // The pane is 120 columns wide (Tmux); without the hint Java would ask JLine's native
      // library before its first screen.
      assertThat(Files.readString(seen)).startsWith("COLUMNS=120 ")
          .contains("-Dcrossroads.tty=true", "-jar " + install.resolve("lib/crossroads.jar"));
    }
  }

  @Test
  void itRunsFromAnywhereThroughALinkAndKeepsItsClassArchiveInTheUsersCache()
      throws IOException, InterruptedException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    List<String> installed = files(install);

    String launcher = install.resolve("bin/crossroads").toString();
    Run version = run(elsewhere, Map.of(), launcher, "--version");

    assertThat(version.exitCode()).as(version.err()).isZero();
    assertThat(version.out()).isEqualTo("crossroads " + VERSION + "\n");
    assertThat(version.err()).isEmpty();
    // The first run after an install writes the class-data archive, in the cache, not the install.
    List<Path> archives = files(home.resolve(".cache/crossroads")).stream().map(Path::of).toList();
    assertThat(archives).singleElement().satisfies(a -> assertThat(a.toString()).endsWith(".jsa"));
    assertThat(files(install)).isEqualTo(installed);
    Path archive = home.resolve(".cache/crossroads").resolve(archives.get(0));
    FileTime written = Files.getLastModifiedTime(archive);

    // A link on PATH, a Korean file name under the C locale: the launcher resolves the link to
    // find the jar, and gives Java a UTF-8 locale to decode the argument with.
    Path link = Files.createDirectories(home.resolve("bin")).resolve("crossroads");
    Files.createSymbolicLink(link, Path.of(launcher));
    Files.copy(install.resolve("share/doc/crossroads/docs/examples/grad-school-ko.json"),
        elsewhere.resolve("진로.json"));
    Run analyze =
        run(elsewhere, Map.of(), link.toString(), "analyze", "진로.json", "--width", "80");

    assertThat(analyze.exitCode()).as(analyze.err()).isZero();
    assertThat(analyze.out()).contains("대학원(석사) 진학이냐, 바로 취업이냐");
    assertThat(Files.getLastModifiedTime(archive)).as("the archive is used, not made again")
        .isEqualTo(written);
  }

  @Test
  void manRendersEveryPageAndFindsThemWithTheLauncherOnThePath()
      throws IOException, InterruptedException {
    List<String> pages = files(install.resolve("share/man/man1")).stream()
        .map(page -> install.resolve("share/man/man1").resolve(page).toString()).toList();
    List<String> command = new ArrayList<>(List.of("man", "--warnings", "-l"));
    command.addAll(pages);

    Run rendered = run(dir, Map.of("MANWIDTH", "80"), command.toArray(String[]::new));

    assertThat(rendered.exitCode()).as(rendered.err()).isZero();
    assertThat(rendered.err()).as("troff's warnings").isEmpty();
    assertThat(rendered.out())
        .contains("crossroads - A terminal companion for career decisions.", "SYNOPSIS",
            "crossroads [-hV] [--ascii] [--debug] [--lang=en|ko] [COMMAND]",
            "crossroads-analyze - Analyze a decision profile", "EXIT STATUS",
            "Stopped with Ctrl-C; a session's draft is kept.",
            "crossroads scenario add")
        .doesNotContain("\\f", ".SH", "picocli-generated", "crossroads dev");
    assertThat(rendered.out().split("crossroads " + VERSION + " ", -1))
        .as("the build's version at the foot of every page").hasSize(pages.size() + 1);
    assertThat(rendered.out().lines()).allMatch(line -> line.length() <= 80);

    // man-db looks in ../share/man beside each folder on PATH: no MANPATH to set.
    Run found = run(dir, Map.of("PATH", install.resolve("bin") + ":" + System.getenv("PATH")),
        "man", "-w", "crossroads-analyze");
    assertThat(found.out().strip())
        .isEqualTo(install.resolve("share/man/man1/crossroads-analyze.1").toString());
  }

  @Test
  void bashCompletesCommandsAndOptions() throws IOException {
    assumeTrue(Tmux.available(), "tmux is not installed");
    Map<String, String> env = Map.of("HOME", home.toString(), "LANG", "C.UTF-8");
    // No history file: bash would write it into the home as tmux ends it, while the folder is
    // being removed.
    try (Tmux tmux = new Tmux(dir, env, "HISTFILE= PS1='ready> ' bash --norc --noprofile")) {
      tmux.waitFor("the prompt", s -> s.contains("ready> "));
      tmux.type("source " + install.resolve("share/bash-completion/completions/crossroads"));
      tmux.press("Enter");
      tmux.waitFor("the script", s -> s.split("ready> ", -1).length == 3);
      tmux.type("crossroads ana");
      tmux.press("Tab");
      tmux.waitFor("the command completed", s -> s.contains("ready> crossroads analyze "));
      tmux.paste("--form"); // typed, tmux would read it as an option of its own
      tmux.press("Tab");
      String screen = tmux.waitFor("the option completed", s -> s.contains("analyze --format"));
      assertThat(screen).doesNotContain("command not found", "No such file");
    }
  }

  /** The names of the files below {@code root}, relative to it, sorted; none if it is missing. */
  private static List<String> files(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted()
          .toList();
    }
  }

  /** Runs a command as a shell in the C locale would, with this test's home and no cache set. */
  private Run run(Path cwd, Map<String, String> extra, String... command)
      throws IOException, InterruptedException {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
        .redirectInput(new File("/dev/null"))
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("LC_") || k.startsWith("XDG_") || k.startsWith("MAN"));
    env.put("LANG", "C");
    env.put("HOME", home.toString());
    env.putAll(extra);
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    return new Run(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
  }
}
