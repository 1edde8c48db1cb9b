package dev.crossroads.questions;

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
import org.junit.jupiter.api.Test;

class FactsMessagesTest {
  @Test
  void englishAndKoreanFactMessagesHaveTheSameKeys() throws IOException {
    assertThat(keys("messages_ko.properties")).isEqualTo(keys("messages.properties"));
  }

  @Test
  void everyKeyTheLoaderUsesIsInTheBundle() throws IOException {
    Set<String> used = new TreeSet<>();
    Matcher m = Pattern.compile("\"(facts\\.[A-Za-z.]+)\"")
        .matcher(Files.readString(Path.of("src/main/java/dev/crossroads/questions/Facts.java")));
    while (m.find()) {
      used.add(m.group(1));
    }
    assertThat(used).isNotEmpty();
    assertThat(keys("messages.properties")).containsAll(used);
  }

  private static Set<String> keys(String bundle) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = FactsMessagesTest.class.getResourceAsStream("/dev/crossroads/facts/" + bundle)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
