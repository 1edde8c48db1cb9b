package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StoreMessagesTest {
  @Test
  void englishAndKoreanBundlesHaveTheSameKeys() throws IOException {
    assertThat(keys("messages_ko.properties")).isEqualTo(keys("messages.properties"));
  }

  @Test
  void everyKeyTheFormatCodeUsesIsInTheBundle() throws IOException {
    Set<String> used = new TreeSet<>();
    Pattern key = Pattern.compile("\"(store\\.[A-Za-z.]+)\"");
    try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/crossroads/store"))) {
      for (Path file : files.toList()) {
        Matcher m = key.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(keys("messages.properties")).containsAll(used);
  }

  private static Set<String> keys(String bundle) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = StoreMessagesTest.class.getResourceAsStream("/dev/crossroads/store/" + bundle)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
