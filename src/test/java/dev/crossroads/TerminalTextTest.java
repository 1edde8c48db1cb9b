package dev.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.jline.utils.WCWidth;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
  /** Every code point {@link TerminalText} must replace, as the issue lists them. */
  static int[] controls() {
    return java.util.stream.IntStream.concat(
            java.util.stream.IntStream.rangeClosed(0x00, 0x9F)
                .filter(cp -> cp < 0x20 || cp >= 0x7F)
                .filter(cp -> cp != '\n' && cp != '\t'),
            java.util.stream.IntStream.of(
                0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E,
                0x200F, 0x061C))
        .toArray();
  }

  @Test
  void theIssuesWindowTitleAndClearScreenLabelShowsItsEscapesInsteadOfObeyingThem() {
    assertThat(TerminalText.clean("A \u001b]0;pwned\u0007 \u001b[2J"))
        .isEqualTo("A ␛]0;pwned␇ ␛[2J");
  }

  @Test
  void carriageReturnAndBackspaceCanNoLongerRewriteALine() {
    assertThat(TerminalText.clean("Safe choice\rEvil\b\b")).isEqualTo("Safe choice␍Evil␈␈");
  }

  @Test
  void deleteC1AndBidirectionalOverridesGetTheirCodePoints() {
    assertThat(TerminalText.clean("a\u007fb\u009b31mc\u202eexe.txt\u2066d\u200f"))
        .isEqualTo("a␡b<U+009B>31mc<U+202E>exe.txt<U+2066>d<U+200F>");
  }

  @Test
  void everyControlBecomesAVisibleStandInWithNoControlLeft() {
    for (int cp : controls()) {
      String cleaned = TerminalText.clean("x" + Character.toString(cp) + "y");
      assertThat(TerminalText.firstControl(cleaned)).as("U+%04X", cp).isEmpty();
      assertThat(cleaned).as("U+%04X", cp).startsWith("x").endsWith("y").hasSizeGreaterThan(2);
    }
  }

  @Test
  void everyStandInTakesOneColumnPerCharacterSoTablesStayAligned() {
    for (int cp : controls()) {
      String standIn = TerminalText.standIn(cp);
      int columns = standIn.codePoints().map(WCWidth::wcwidth).sum();
      assertThat(columns).as("U+%04X", cp).isEqualTo(standIn.length());
    }
  }

  @Test
  void newlinesTabsKoreanEmojiAndOrdinaryPunctuationAreLeftExactlyAsWritten() {
    String text = "석사 과정\t(서울)\n두 번째 줄: 50% <ok> & \"q\" \uD83D\uDC69\u200D\uD83D\uDCBB é \u200C\u200B\uFEFF 한글";
    assertThat(TerminalText.clean(text)).isSameAs(text);
    assertThat(TerminalText.firstControl(text)).isEmpty();
  }

  @Test
  void textForOneLineHasItsBreaksAndTabsAsSpacesAndIsCleaned() {
    assertThat(TerminalText.line("a\nb\tc\u2028d\u2029e\rf")).isEqualTo("a b c d e␍f");
    String korean = "석사 과정, 서울";
    assertThat(TerminalText.line(korean)).isSameAs(korean);
  }

  @Test
  void cleaningTwiceChangesNothingMore() {
    String once = TerminalText.clean("\u001b[31m\u0085\u202d\u0000");
    assertThat(TerminalText.clean(once)).isEqualTo(once);
  }

  @Test
  void theFirstControlIsFoundByItsIndex() {
    assertThat(TerminalText.firstControl("한글\u001b")).isEqualTo(OptionalInt.of(2));
    assertThat(TerminalText.firstControl("\uD83D\uDE00\u0007")).isEqualTo(OptionalInt.of(2));
  }
}
