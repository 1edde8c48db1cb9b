package dev.crossroads.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A program in a real pseudo-terminal, driven like a person: tmux on its own socket, keys sent
 * with send-keys, the screen (with its scrollback) read with capture-pane.
 */
final class Tmux implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private final String socket;
  private final String session = "e2e";
  private final Map<String, String> env;
  private final Path config;

  Tmux(Path dir, Map<String, String> env, String command) throws IOException {
    this.socket = "crossroads-e2e-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    this.env = env;
    this.config = dir.resolve("tmux.conf");
    Files.writeString(config, "set -g history-limit 50000\n", UTF_8);
    run("-f", config.toString(), "new-session", "-d", "-s", session, "-x", "120", "-y", "50",
        command);
  }

  /**
   * What a person's shell would have: a UTF-8 locale, {@code home} as HOME, profiles and drafts
   * under {@code home/crossroads}, a colour terminal.
   */
  static Map<String, String> personAt(Path home) {
    return Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8", "HOME", home.toString(),
        "CROSSROADS_HOME", home.resolve("crossroads").toString(), "TERM", "xterm-256color");
  }

  /** Skips a test where tmux is missing; fails one run before the jar was built. */
  static void requireWithTheJar(Path root) {
    org.junit.jupiter.api.Assumptions.assumeTrue(available(), "tmux is not installed");
    if (!Files.exists(root.resolve("target/crossroads.jar"))) {
      throw new AssertionError("target/crossroads.jar is not built");
    }
  }

  static boolean available() {
    try {
      return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Everything the terminal has shown, wrapped lines joined. */
  String screen() {
    return run("capture-pane", "-p", "-J", "-S", "-", "-t", session);
  }

  /** Types {@code text} literally (Korean included). */
  void type(String text) {
    if (!text.isEmpty()) {
      run("send-keys", "-t", session, "-l", text);
    }
  }

  /**
   * Pastes {@code text} as a terminal does: in one piece, bracketed when the program asked for
   * bracketed paste (as JLine does), not key by key.
   */
  void paste(String text) {
    run("set-buffer", "--", text);
    run("paste-buffer", "-p", "-t", session);
  }

  /** Presses named keys: Enter, Escape, C-c, C-u. */
  void press(String... keys) {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
    args.addAll(List.of(keys));
    run(args.toArray(String[]::new));
  }

  /**
   * The screen as it looks, bold and colours included (as escape sequences), and whether the
   * program has put the keypad in application mode, as JLine's line reader does when it starts
   * reading: read together, in one tmux command.
   */
  Snapshot snapshot() {
    String out = run("capture-pane", "-p", "-e", "-t", session, ";",
        "display", "-p", "-t", session, "#{keypad_flag}");
    String trimmed = out.stripTrailing();
    int last = trimmed.lastIndexOf('\n');
    return new Snapshot(trimmed.substring(0, Math.max(0, last)),
        trimmed.substring(last + 1).equals("1"));
  }

  /** From now on, everything the program sends to the terminal is added to {@code file}, raw. */
  void record(Path file) {
    run("pipe-pane", "-o", "-t", session, "cat >> '" + file + "'");
  }

  /** What {@link #snapshot} reads. */
  record Snapshot(String screen, boolean lineReaderStarted) {}

  String waitFor(String what, Predicate<String> ready) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      String s = screen();
      if (ready.test(s)) {
        return s;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + "; the screen:\n" + s);
      }
      try {
        Thread.sleep(40);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  private String run(String... args) {
    List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().putAll(env);
    try {
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), UTF_8);
      p.waitFor();
      return out;
    } catch (IOException e) {
      throw new AssertionError("tmux failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  @Override
  public void close() {
    run("kill-server");
  }
}
