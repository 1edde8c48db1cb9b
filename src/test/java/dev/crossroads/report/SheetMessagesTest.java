package dev.crossroads.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SheetMessagesTest {
  private static final List<Path> USERS =
      List.of(
          Path.of("src/main/java/dev/crossroads/report/ValueText.java"),
          Path.of("src/main/java/dev/crossroads/report/DecisionSheetBuilder.java"),
          Path.of("src/main/java/dev/crossroads/session/question/WeightsNotice.java"));

  private static Set<String> keysIn(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = SheetMessagesTest.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  @Test
  void theEnglishAndKoreanBundlesHaveTheSameKeys() throws IOException {
    assertThat(keysIn("/dev/crossroads/sheet/messages_ko.properties"))
        .isEqualTo(keysIn("/dev/crossroads/sheet/messages.properties"));
  }

  @Test
  void everyKeyTheSourcesNameIsInBothLanguages() throws IOException {
    Pattern literal = Pattern.compile("\"(sheet\\.[A-Za-z.]+[A-Za-z])\"");
    Set<String> keys = new TreeSet<>();
    for (Path file : USERS) {
      Matcher m = literal.matcher(Files.readString(file));
      while (m.find()) {
        keys.add(m.group(1));
      }
    }
    assertThat(keys).hasSizeGreaterThan(20);
    Messages english = new Messages(Locale.ENGLISH);
    Messages korean = new Messages(Locale.KOREAN);
    for (String key : keys) {
      assertThat(english.has(key)).as(key).isTrue();
      assertThat(korean.has(key)).as(key).isTrue();
    }
  }
}
