package dev.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void theLanguageComesFromTheFlagThenTheLocaleThenEnglish() {
    assertThat(Language.pick(Optional.of("en"), Map.of("LANG", "ko_KR.UTF-8"))).isEqualTo("en");
    assertThat(Language.pick(Optional.empty(), Map.of("LANG", "ko_KR.UTF-8"))).isEqualTo("ko");
    assertThat(Language.pick(Optional.empty(), Map.of("LC_ALL", "C.UTF-8", "LANG", "ko_KR")))
        .isEqualTo("en");
    assertThat(Language.pick(Optional.empty(), Map.of())).isEqualTo("en");
  }

  @Test
  void aCommandLineNamesItsLanguageWithLangBeforeAnyDoubleDash() {
    Map<String, String> korean = Map.of("LANG", "ko_KR.UTF-8");
    assertThat(Language.resolve(new String[] {"analyze", "--lang", "en-US", "x"}, korean))
        .isEqualTo(Locale.ENGLISH);
    assertThat(Language.resolve(new String[] {"analyze", "--lang=ko_KR.UTF-8"}, Map.of()))
        .isEqualTo(Locale.KOREAN);
    assertThat(Language.resolve(new String[] {"analyze", "--", "--lang", "en"}, korean))
        .isEqualTo(Locale.KOREAN);
    assertThat(Language.given(new String[] {"show", "x"})).isFalse();
    assertThat(Language.given(new String[] {"show", "--lang", "ko"})).isTrue();
  }

  @Test
  void aLanguageNotWrittenAsEnOrKoIsNamedAsGiven() {
    assertThat(Language.invalid(new String[] {"--lang", "fr"})).contains("fr");
    assertThat(Language.invalid(new String[] {"--lang", "ko-KR"})).isEmpty();
    assertThat(Language.invalid(new String[] {"analyze"})).isEmpty();
  }

  @Test
  void aProfileInAnUnknownLanguageIsReadInEnglish() {
    assertThat(Language.ofProfile("ko")).isEqualTo(Locale.KOREAN);
    assertThat(Language.ofProfile("de")).isEqualTo(Locale.ENGLISH);
  }
}
