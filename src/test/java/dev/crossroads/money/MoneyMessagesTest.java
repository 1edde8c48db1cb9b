package dev.crossroads.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MoneyMessagesTest {
  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MoneyMessagesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void everyEnglishMessageHasAKoreanOneAndTheOtherWayRound() throws IOException {
    Properties english = load("messages.properties");
    Properties korean = load("messages_ko.properties");

    assertThat(korean.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
  }
}
