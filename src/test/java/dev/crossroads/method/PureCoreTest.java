package dev.crossroads.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The weighting and method packages stay plain Java over numbers. */
class PureCoreTest {
  private static final List<String> FORBIDDEN =
      List.of(
          "import org.jline",
          "import picocli",
          "import com.fasterxml",
          "import tools.jackson",
          "import java.io",
          "import java.nio",
          "System.out",
          "System.err",
          "System.exit");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"weighting", "method"})
  void theCorePackageImportsNoTerminalFileOrJacksonClass(String pkg) throws IOException {
    List<String> offences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/crossroads", pkg))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        for (String bad : FORBIDDEN) {
          if (source.contains(bad)) {
            offences.add(file.getFileName() + ": " + bad);
          }
        }
      }
    }

    assertThat(offences).isEmpty();
  }
}
