package dev.crossroads.cli;

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

/** The compare, scenario and review bundles: the same keys in English and Korean, all in use. */
class ScenarioBundlesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"compare", "scenario", "review"})
  void englishAndKoreanHaveTheSameKeys(String bundle) throws IOException {
    assertThat(load(bundle, "messages_ko.properties")).isEqualTo(load(bundle, "messages.properties"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"compare", "scenario", "review"})
  void everyKeyTheCodeUsesIsDefinedAndEveryDefinedKeyIsUsed(String bundle) throws IOException {
    Pattern key = Pattern.compile("\"(" + bundle + "\\.[A-Za-z0-9.]+)\"");
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/crossroads"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = key.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    // picocli descriptionKeys live in the cli help bundle.
    used.removeAll(helpKeys());
    assertThat(load(bundle, "messages.properties")).containsExactlyInAnyOrderElementsOf(used);
  }

  private static Set<String> helpKeys() throws IOException {
    return keys("/dev/crossroads/cli/help.properties");
  }

  private static Set<String> load(String bundle, String file) throws IOException {
    return keys("/dev/crossroads/" + bundle + "/" + file);
  }

  private static Set<String> keys(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ScenarioBundlesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
