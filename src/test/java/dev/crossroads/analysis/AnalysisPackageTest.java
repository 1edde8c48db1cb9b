package dev.crossroads.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AnalysisPackageTest {

  @Test
  void theAnalysisPackageImportsNoTerminalFilePicocliOrJacksonClass() throws IOException {
    Path dir = Path.of("src/main/java/dev/crossroads/analysis");
    List<String> banned = List.of("org.jline", "picocli", "com.fasterxml", "java.io.", "java.nio.");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith("import ")) {
            assertThat(banned).as(f + ": " + line).noneMatch(line::contains);
          }
        }
        assertThat(Files.readString(f)).as(f.toString()).doesNotContain("System.out").doesNotContain("System.err");
      }
    }
  }
}
