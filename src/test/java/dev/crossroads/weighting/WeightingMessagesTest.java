package dev.crossroads.weighting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WeightingMessagesTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/crossroads/weighting");

  /** Every "weighting.x" key that appears as a string literal in the package's sources. */
  private static Set<String> keysInSources() throws IOException {
    Pattern literal = Pattern.compile("\"(weighting\\.[A-Za-z]+)\"");
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.toList()) {
        Matcher m = literal.matcher(Files.readString(file));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    return keys;
  }

  private static Set<String> keysIn(String resource) {
    Properties p = new Properties();
    try (InputStream in = WeightingMessagesTest.class.getResourceAsStream(resource)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  @Test
  void everyKeyThePackageThrowsHasAnEnglishAndAKoreanText() throws IOException {
    Set<String> thrown = keysInSources();
    Messages english = new Messages(Locale.ENGLISH);
    Messages korean = new Messages(Locale.KOREAN);

    assertThat(thrown).hasSizeGreaterThanOrEqualTo(10);
    for (String key : thrown) {
      assertThat(english.has(key)).as(key).isTrue();
      assertThat(korean.has(key)).as(key).isTrue();
      assertThat(korean.get(key, "a", "b", 3)).as(key).isNotEqualTo(english.get(key, "a", "b", 3));
    }
  }

  @Test
  void theEnglishAndKoreanBundlesHaveTheSameKeys() {
    assertThat(keysIn("/dev/crossroads/weighting/messages_ko.properties"))
        .isEqualTo(keysIn("/dev/crossroads/weighting/messages.properties"));
  }

  @Test
  void aMissingPairReadsNaturallyWithBothNames() {
    assertThat(new Messages(Locale.ENGLISH).get("weighting.missingPair", "growth", "salary"))
        .isEqualTo("No comparison between \"growth\" and \"salary\": compare them once, in either order.");
  }
}
