package dev.crossroads.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Runs the command line in-process with captured streams; on failure, prints both of them.
 * Errors are wrapped at 80 columns with indented continuation lines: {@code err} reads each
 * message as one line again, {@code rawErr} is what the terminal shows.
 */
record CommandRun(int exitCode, String out, String err, String rawErr) {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

  static CommandRun of(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new Main(
                new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                env,
                CLOCK)
            .run(args);
    return new CommandRun(code, out.toString(), err.toString().replace("\n  ", " "), err.toString());
  }

  static CommandRun of(String... args) {
    return of(Map.of("LANG", "en_US.UTF-8"), args);
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + rawErr;
  }
}
