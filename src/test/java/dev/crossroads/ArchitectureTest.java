package dev.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keeps the core pure without a meeting: it may not reach terminals, files, picocli or Jackson. */
class ArchitectureTest {
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "^import\\s+(static\\s+)?(org\\.jline|picocli|com\\.fasterxml|java\\.io\\.(File|Print|.*Stream|.*Reader|.*Writer)"
              + "|java\\.nio\\.file|java\\.nio\\.channels|dev\\.crossroads\\.(cli|session|store|report|questions)\\b)",
          Pattern.MULTILINE);
  private static final Pattern SYSTEM_OUT = Pattern.compile("System\\.(out|err|exit)");

  @ParameterizedTest(name = "the {0} package imports no terminal, file, picocli or Jackson class")
  @ValueSource(strings = {"decision", "weighting", "method", "analysis", "money"})
  void corePackagesStayPure(String pkg) throws IOException {
    Path dir = Path.of("src/main/java/dev/crossroads", pkg);
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        if (FORBIDDEN.matcher(source).find() || SYSTEM_OUT.matcher(source).find()) {
          offenders.add(file.toString());
        }
      }
    }
    assertThat(offenders).as("core files that reach the outside world").isEmpty();
  }

  @org.junit.jupiter.api.Test
  void onlyMainCallsSystemExit() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (file.endsWith(Path.of("cli/Main.java"))) {
          continue;
        }
        if (Files.readString(file, StandardCharsets.UTF_8).contains("System.exit")) {
          offenders.add(file.toString());
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  /**
   * Exit codes are the command line's words for a problem: everything else reports a {@link
   * Problem} of some kind and leaves the number to {@code cli}. Read from the sources, since
   * javac copies the codes' values into the classes that use them and the compiled classes then
   * no longer name ExitCode at all.
   */
  @org.junit.jupiter.api.Test
  void onlyTheCommandLineKnowsExitCodes() throws IOException {
    Path cli = Path.of("src/main/java/dev/crossroads/cli");
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (file.startsWith(cli)) {
          continue;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (EXIT_CODE.matcher(lines.get(i)).find()) {
            offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(offenders).as("places outside cli that name the exit-code type").isEmpty();
  }

  private static final Pattern EXIT_CODE = Pattern.compile("\\bExitCode\\b");
}
