package dev.crossroads.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AnalysisMessagesTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = AnalysisMessagesTest.class.getResourceAsStream("/dev/crossroads/analysis/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void englishAndKoreanBundlesHaveTheSameKeys() throws IOException {
    assertThat(load("messages_ko.properties").stringPropertyNames())
        .isEqualTo(load("messages.properties").stringPropertyNames());
  }

  @Test
  void aMissingRatingReadsNaturallyInBothLanguages() {
    assertThat(new Messages(Locale.ENGLISH).get("analysis.missingRating", "startup", "salary"))
        .isEqualTo("Option startup has no rating on salary yet.");
    assertThat(new Messages(Locale.KOREAN).get("analysis.missingRating", "startup", "salary"))
        .contains("startup").contains("salary").doesNotContain("{");
  }
}
