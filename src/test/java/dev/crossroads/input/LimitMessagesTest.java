package dev.crossroads.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundles of the limits (input, decision): the same keys in both languages, every key used. */
class LimitMessagesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"input", "decision"})
  void englishAndKoreanHaveTheSameKeys(String pkg) throws IOException {
    assertThat(keys(pkg, "messages_ko.properties")).isEqualTo(keys(pkg, "messages.properties"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"input", "decision"})
  void everyKeyTheCodeUsesIsInTheBundle(String pkg) throws IOException {
    Set<String> used = new TreeSet<>();
    Pattern key = Pattern.compile("\"(" + pkg + "\\.[A-Za-z0-9.]+)\"");
    // "decision.title" is also a question id of the session: look for the core's keys in the core.
    Path sources = Path.of("src/main/java/dev/crossroads", pkg.equals("decision") ? "decision" : "");
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = key.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(keys(pkg, "messages.properties")).containsAll(used);
  }

  private static Set<String> keys(String pkg, String bundle) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        LimitMessagesTest.class.getResourceAsStream("/dev/crossroads/" + pkg + "/" + bundle)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
