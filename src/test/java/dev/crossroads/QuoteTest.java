package dev.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTest {
  @Test
  void aShortValueIsQuotedWhole() {
    String value = "대학원".repeat(26) + "ab";
    assertThat(value.codePointCount(0, value.length())).isEqualTo(Quote.MAX);
    assertThat(Quote.cut(value)).isEqualTo(value);
  }

  @Test
  void aLongValueIsCutToTheLimitWithThreeDotsInAscii() {
    String cut = Quote.cut("😀".repeat(1_000));
    assertThat(cut.codePointCount(0, cut.length())).isEqualTo(Quote.MAX);
    assertThat(cut).endsWith("😀...").doesNotContain("…");
  }
}
