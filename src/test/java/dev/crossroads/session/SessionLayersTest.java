package dev.crossroads.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The session's sub-packages are layers, each using only those before it (as package-info
 * draws them), the step function touches no terminal or file, the loop stays short and no file
 * grows past what a person reads at once.
 */
class SessionLayersTest {
  private static final Path ROOT = Path.of("src/main/java/dev/crossroads/session");
  private static final List<String> LAYERS =
      List.of("state", "ask", "question", "edit", "step");
  /** What each sub-package may use besides the layers before it. */
  private static final Map<String, List<String>> ALSO = Map.of("files", List.of("state", "ask"));
  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?dev\\.crossroads\\.session\\.(\\w+)\\.",
          Pattern.MULTILINE);
  private static final Pattern OUTSIDE = Pattern.compile(
      "^import\\s+(?:static\\s+)?(org\\.jline|java\\.nio\\.file\\.Files|java\\.io\\.)",
      Pattern.MULTILINE);

  private static List<Path> sources(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "session.{0} uses only the layers before it")
  @ValueSource(strings = {"state", "ask", "question", "edit", "step", "files"})
  void eachSubPackageUsesOnlyTheLayersBeforeIt(String pkg) throws IOException {
    List<String> allowed = new ArrayList<>(ALSO.getOrDefault(pkg,
        LAYERS.subList(0, Math.max(0, LAYERS.indexOf(pkg)))));
    allowed.add(pkg);
    List<String> offenders = new ArrayList<>();
    for (Path file : sources(ROOT.resolve(pkg))) {
      Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (m.find()) {
        if (!allowed.contains(m.group(1))) {
          offenders.add(file.getFileName() + " uses session." + m.group(1));
        }
      }
      String source = Files.readString(file, StandardCharsets.UTF_8);
      if (source.contains("import dev.crossroads.session.") && source.matches(
          "(?s).*import dev\\.crossroads\\.session\\.[A-Z]\\w*;.*")) {
        offenders.add(file.getFileName() + " uses the session's entry package");
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void theStepFunctionTouchesNoTerminalAndNoFile() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (Path file : sources(ROOT.resolve("step"))) {
      if (OUTSIDE.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
        offenders.add(file.getFileName().toString());
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void theLoopIsUnderFortyLines() throws IOException {
    String source = Files.readString(ROOT.resolve("Session.java"), StandardCharsets.UTF_8);
    int start = source.indexOf("  public SessionEnd run(SessionState start) {");
    int end = source.indexOf("\n  }\n", start);
    assertThat(start).isPositive();
    assertThat(source.substring(start, end).split("\n")).hasSizeLessThan(40);
  }

  @Test
  void noSessionFileIsOverTwoHundredFiftyLines() throws IOException {
    List<String> long_ = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        int lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
        if (lines > 250) {
          long_.add(ROOT.relativize(file) + " (" + lines + ")");
        }
      }
    }
    assertThat(long_).isEmpty();
  }
}
