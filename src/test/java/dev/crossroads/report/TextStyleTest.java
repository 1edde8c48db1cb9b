package dev.crossroads.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.report.TextStyle.Colour;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class TextStyleTest {
  private static final TextStyle PLAIN = new TextStyle(80, false, false);
  private static final TextStyle COLOUR = new TextStyle(80, true, false);

  private static List<UnaryOperator<String>> styles(TextStyle style) {
    return List.of(
        style::bold,
        style::dim,
        text -> style.colour(text, Colour.GREEN),
        text -> style.colourEach(text, c -> c == 'A' ? Optional.of(Colour.CYAN) : Optional.empty()));
  }

  @Test
  void withColourOffEveryStyleLeavesTheTextAsItIs() {
    for (UnaryOperator<String> style : styles(PLAIN)) {
      assertThat(style.apply("A plain 한글 line")).isEqualTo("A plain 한글 line");
    }
  }

  @Test
  void withColourOnEveryStyleAddsSequencesThatUnstyledTakesAwayAgain() {
    for (UnaryOperator<String> style : styles(COLOUR)) {
      String styled = style.apply("A styled 한글 line");
      assertThat(styled).contains("\u001b[").isNotEqualTo("A styled 한글 line");
      assertThat(TextStyle.unstyled(styled)).isEqualTo("A styled 한글 line");
    }
  }

  @Test
  void boldIsTheTerminalsBoldAndEndsWithAReset() {
    assertThat(COLOUR.bold("x")).isEqualTo("\u001b[1mx\u001b[0m");
  }

  @Test
  void neighboursOfOneColourShareOneSequenceAndUncolouredCharactersStayPlain() {
    String styled =
        COLOUR.colourEach(
            "AA.B",
            c -> c == 'A' ? Optional.of(Colour.CYAN) : c == 'B' ? Optional.of(Colour.RED) : Optional.empty());
    assertThat(styled).isEqualTo("\u001b[36mAA\u001b[0m.\u001b[31mB\u001b[0m");
  }

  @Test
  void aTitleRuleIsAsWideAsTheTitleButAtLeastTwentyAndAtMostTheWidth() {
    assertThat(PLAIN.titleRule(30)).isEqualTo("─".repeat(30));
    assertThat(PLAIN.titleRule(3)).isEqualTo("─".repeat(20));
    assertThat(PLAIN.titleRule(300)).isEqualTo("─".repeat(80));
    assertThat(new TextStyle(60, false, true).titleRule(30)).isEqualTo("=".repeat(30));
  }
}
