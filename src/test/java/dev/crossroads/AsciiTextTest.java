package dev.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AsciiTextTest {
  @Test
  void typographyBecomesItsAsciiSpelling() {
    assertThat(AsciiText.of("“Plan B” — 1–9, 1/3… ±0.5 ‘yes’ › • → ≤ ×"))
        .isEqualTo("\"Plan B\" - 1-9, 1/3... +-0.5 'yes' > * -> <= x");
  }

  @Test
  void aSpacedMiddleDotIsASeparatorAndAJoiningOneASlash() {
    assertThat(AsciiText.of("Money · salary")).isEqualTo("Money - salary");
    assertThat(AsciiText.of("인건비·장학금")).isEqualTo("인건비/장학금");
  }

  @Test
  void boxAndBlockCharactersDrawTheSameLinesInAscii() {
    assertThat(AsciiText.of("── 1/8 ──")).isEqualTo("-- 1/8 --");
    assertThat(AsciiText.of("│┤└█▓░")).isEqualTo("|++###");
  }

  @Test
  void lettersOfEveryLanguageAreLeftAsTheyAre() {
    String text = "석사 (AI 연구실)은 Café naïve 東京 😀";
    assertThat(AsciiText.of(text)).isEqualTo(text);
  }

  @Test
  void messagesInAsciiKeepThePersonsTextInTheirArguments() {
    Messages plain = new Messages(Locale.ENGLISH);
    Messages ascii = new Messages(Locale.ENGLISH, true);
    String pattern = plain.get("session.rating.title", "“A”", "B");

    assertThat(pattern).contains("·");
    assertThat(ascii.get("session.rating.title", "“A”", "B"))
        .isEqualTo("Rating - “A” - B");
    assertThat(ascii.ours("1–9")).isEqualTo("1-9");
    assertThat(plain.ours("1–9")).isEqualTo("1–9");
  }
}
