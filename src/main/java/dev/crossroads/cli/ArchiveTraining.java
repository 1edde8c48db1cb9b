package dev.crossroads.cli;

import dev.crossroads.TerminalCapabilities;
import dev.crossroads.session.InteractiveEntry;
import dev.crossroads.session.StandardServices;
import dev.crossroads.session.TerminalSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * A short workload for the run that writes the class-data archive: after the person's own command
 * it goes through a session at a scripted terminal, then saves, edits, shows, analyses and
 * compares a throw-away profile in a temporary folder, with all output discarded, so the archive also holds what those commands load, whichever command
 * happened to run first after a build. Only the launcher asks for it, once per build.
 */
final class ArchiveTraining {
  static final String PROPERTY = "crossroads.cds.train";

  private ArchiveTraining() {}

  static void run(Map<String, String> env) {
    run(env, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** The training, with its throw-away folder made in {@code tmp}. */
  static void run(Map<String, String> env, Path tmp) {
    Path home = null;
    try {
      home = Files.createTempDirectory(tmp, "crossroads-training-");
      Path answers = home.resolve("training.yaml");
      try (InputStream in = ArchiveTraining.class.getResourceAsStream("training.yaml")) {
        if (in == null) {
          return;
        }
        Files.copy(in, answers, StandardCopyOption.REPLACE_EXISTING);
      }
      // What every run at a terminal asks at start (the width goes through JLine's native
      // library), whatever this run's own streams are.
      new Terminals().columns();
      session(env, home.resolve("session"), answers);
      String h = home.toString();
      Path file = home.resolve("profiles").resolve("training.json");
      command(env, "new", "--no-input", "--answers", answers.toString(), "--home", h);
      command(env, "edit", "training", "--no-input", "--home", h);
      command(env, "show", "training", "--home", h);
      command(env, "analyze", file.toString(), "--format", "json", "--draws", "200");
      command(env, "compare", "training", "--home", h);
      command(env, "profiles", "--home", h);
    } catch (Throwable e) {
      // Training is best effort and must never change how the person's command ends: the
      // archive then holds what that command loaded.
    } finally {
      deleteQuietly(home);
    }
  }

  /**
   * The grad-school session as a person at a terminal goes through it (JLine's line reader, its
   * key bindings and display), over a dumb terminal of a full type: the answers file gives what
   * it can, and Enter takes the offered default everywhere else, up to the save.
   */
  static int session(Map<String, String> env, Path home, Path answers) throws IOException {
    byte[] keys = "\r".repeat(ENTERS).getBytes(StandardCharsets.US_ASCII);
    PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
    try (Terminal terminal = new DumbTerminal("training", "ansi", new ByteArrayInputStream(keys),
        OutputStream.nullOutputStream(), StandardCharsets.UTF_8)) {
      TerminalSource scripted = ignored -> terminal;
      TerminalCapabilities look = new TerminalCapabilities(true, true, false, OptionalInt.of(80));
      return ExitCode.of(new InteractiveEntry(new ByteArrayInputStream(new byte[0]), nowhere,
          nowhere, env, Clock.systemDefaultZone(),
          (h, l) -> StandardServices.create(h, env, new AnalysisSummarizer(env, l)), look,
          scripted)
          .run(new String[] {"new", "--answers", answers.toString(), "--home", home.toString()}));
    }
  }

  // More than the session has questions left after the answers file: the rest read as the end.
  private static final int ENTERS = 200;

  private static void command(Map<String, String> env, String... args) {
    PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
    new Main(new ByteArrayInputStream(new byte[0]), nowhere, nowhere, env,
        Clock.systemDefaultZone()).run(args);
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is cleaned up by the system.
    }
  }
}
