package dev.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How people write the two interface languages, on the command line and in the locale. */
class LanguageCodeTest {

  @ParameterizedTest(name = "{0} is Korean")
  @ValueSource(strings = {"ko", "KO", "Ko", "ko-KR", "ko_KR", "ko_KR.UTF-8", "ko_KR.utf8",
      "ko-kr", " ko "})
  void everyUsualSpellingOfKoreanIsKorean(String written) {
    assertThat(LanguageCode.parse(written)).contains("ko");
  }

  @ParameterizedTest(name = "{0} is English")
  @ValueSource(strings = {"en", "EN", "en-US", "en_GB.UTF-8", "en_US", "en-GB", "en_US.UTF-8@euro"})
  void everyUsualSpellingOfEnglishIsEnglish(String written) {
    assertThat(LanguageCode.parse(written)).contains("en");
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"fr", "korean", "english", "ko-", "ko_KR.", "kor", "", "C", "C.UTF-8",
      "ko-KR-x", "e"})
  void anythingElseIsNotALanguage(String written) {
    assertThat(LanguageCode.parse(written)).isEmpty();
  }

  @Test
  void theLocaleIsReadLikeTheFlagFromTheFirstVariableThatIsSet() {
    assertThat(LanguageCode.fromEnvironment(Map.of("LANG", "ko_KR.UTF-8"))).isEqualTo("ko");
    assertThat(LanguageCode.fromEnvironment(Map.of("LANG", "KO_kr"))).isEqualTo("ko");
    assertThat(LanguageCode.fromEnvironment(Map.of("LC_MESSAGES", "ko_KR", "LANG", "en_US")))
        .isEqualTo("ko");
    assertThat(LanguageCode.fromEnvironment(Map.of("LC_ALL", "C.UTF-8", "LANG", "ko_KR")))
        .isEqualTo("en");
    assertThat(LanguageCode.fromEnvironment(Map.of("LANG", "de_DE.UTF-8"))).isEqualTo("en");
    assertThat(LanguageCode.fromEnvironment(Map.of())).isEqualTo("en");
  }
}
