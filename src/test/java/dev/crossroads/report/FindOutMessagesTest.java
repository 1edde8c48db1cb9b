package dev.crossroads.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The "Find out first" texts: the same keys in English and Korean, Korean in 해요체 like every Korean text. */
class FindOutMessagesTest {
  private static Set<String> findOutKeys(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = FindOutMessagesTest.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> keys = new TreeSet<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("report.findOut")) {
        keys.add(key);
      }
    }
    return keys;
  }

  @Test
  void theEnglishAndKoreanBundlesHaveTheSameKeys() throws IOException {
    Set<String> english = findOutKeys("/dev/crossroads/report/messages.properties");
    assertThat(english).hasSizeGreaterThan(15);
    assertThat(findOutKeys("/dev/crossroads/report/messages_ko.properties")).isEqualTo(english);
  }

  @Test
  void everyKeyTheSectionNamesIsInBothLanguages() throws IOException {
    Matcher m =
        Pattern.compile("\"(report\\.findOut[A-Za-z.]*[A-Za-z])\"")
            .matcher(Files.readString(Path.of("src/main/java/dev/crossroads/report/FindOutText.java")));
    Set<String> keys = new TreeSet<>();
    while (m.find()) {
      keys.add(m.group(1));
    }
    assertThat(keys).hasSizeGreaterThan(10);
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.KOREAN}) {
      Messages messages = new Messages(locale);
      for (String key : keys) {
        assertThat(messages.has(key)).as(locale + " " + key).isTrue();
      }
    }
  }

  @Test
  void theKoreanSentencesEndInHaeyoche() {
    Messages ko = new Messages(Locale.KOREAN);
    for (String key :
        new String[] {
          "report.findOut.first", "report.findOut.then", "report.findOut.howWeight",
          "report.findOut.rest", "report.findOut.nothing",
          "report.findOut.nothingUncertain", "report.findOut.tooFew", "report.findOut.baseline",
          "report.findOut.baselineNoLeader"
        }) {
      assertThat(ko.get(key, "A", "B", "C", "D")).as(key).endsWith("요.");
    }
    // The list of the others comes after the sentence.
    assertThat(ko.get("report.findOut.more", 2, "A; B")).contains("작아요: ");
  }
}
