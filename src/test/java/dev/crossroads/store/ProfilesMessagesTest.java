package dev.crossroads.store;

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
import org.junit.jupiter.api.Test;

/** The profiles bundle: every key the store and profile commands use, in English and Korean. */
class ProfilesMessagesTest {
  private static final Pattern KEY = Pattern.compile("\"(profiles\\.[A-Za-z0-9.]+)\"");

  @Test
  void englishAndKoreanBundlesHaveTheSameKeys() throws IOException {
    assertThat(keys("messages_ko.properties")).isEqualTo(keys("messages.properties"));
  }

  @Test
  void everyKeyTheCodeUsesIsInTheBundleAndEveryBundleKeyIsUsed() throws IOException {
    Set<String> used = new TreeSet<>();
    for (String dir : new String[] {"src/main/java/dev/crossroads/store", "src/main/java/dev/crossroads/cli"}) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path file : files.toList()) {
          Matcher m = KEY.matcher(Files.readString(file));
          while (m.find()) {
            used.add(m.group(1));
          }
        }
      }
    }
    // Keys used as picocli descriptionKeys live in the cli help bundle, not here.
    used.removeIf(key -> helpKeys().contains(key));
    assertThat(keys("messages.properties")).containsExactlyInAnyOrderElementsOf(used);
  }

  private static Set<String> helpKeys() {
    try {
      return load("/dev/crossroads/cli/help.properties");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Set<String> keys(String bundle) throws IOException {
    return load("/dev/crossroads/profiles/" + bundle);
  }

  private static Set<String> load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ProfilesMessagesTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
