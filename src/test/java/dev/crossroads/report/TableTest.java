package dev.crossroads.report;

import dev.crossroads.DisplayWidth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TableTest {
  private static Table twoColumns() {
    return new Table(List.of(Table.Align.LEFT, Table.Align.RIGHT));
  }

  @Test
  void aTableThatFitsIsLaidOutAsItIs() {
    List<String> lines = twoColumns().row(List.of("Growth", "25%")).row(List.of("Pay", "5%")).render(80, "  ");
    assertThat(lines).containsExactly("  Growth  25%", "  Pay      5%");
  }

  @Test
  void koreanTextIsAlignedByDisplayWidth() {
    List<String> lines =
        twoColumns().row(List.of("성장", "25%")).row(List.of("Pay", "5%")).render(80, "");
    assertThat(lines).containsExactly("성장  25%", "Pay    5%");
  }

  @Test
  void controlsInACellShowAsStandInsAndStayAligned() {
    List<String> lines =
        twoColumns().row(List.of("A\u001b[2J", "1")).row(List.of("성장\u202e", "2")).render(80, "");
    assertThat(lines).containsExactly("A␛[2J         1", "성장<U+202E>  2");
  }

  @Test
  void aCellWithLineBreaksOrTabsStaysOnItsOwnLineAndCannotFakeARow() {
    List<String> lines =
        twoColumns()
            .row(List.of("Title\nforged  99%", "1"))
            .row(List.of("a\tb", "2"))
            .render(80, "");
    assertThat(lines).containsExactly("Title forged  99%  1", "a b                2");
  }

  @Test
  void withoutWrappingLongTextIsCut() {
    List<String> lines = twoColumns().row(List.of("a fairly long label here", "1")).render(15, "");
    assertThat(lines).containsExactly("a fairly l..  1");
  }

  @Test
  void aWrappingTableBreaksTextBetweenWordsAndKeepsNumbersOnTheFirstLine() {
    List<String> lines =
        twoColumns().wrapping().row(List.of("a fairly long label here", "1")).render(15, "");
    assertThat(lines).containsExactly("a fairly      1", "long label", "here");
  }

  @Test
  void aWordWiderThanItsColumnIsBrokenAfterASeparatorNotCut() {
    List<String> lines =
        new Table(List.of(Table.Align.LEFT, Table.Align.LEFT))
            .wrapping()
            .row(List.of("salary", "40,000,000..52,000,000"))
            .render(25, "");
    assertThat(String.join("", lines).replace(" ", "")).contains("40,000,000..52,000,000");
    assertThat(lines).containsExactly("salary  40,000,000..", "        52,000,000");
  }

  @Test
  void generatedTablesNeverExceedTheWidthAndLoseNoWordWhenWrapping() {
    long seed = 20261125L;
    SplittableRandom random = new SplittableRandom(seed);
    String[] words = {"성장", "growth", "salary", "연봉", "a", "38,000,000..60,000,000", "(AI", "연구실)", "keep-open"};
    for (int round = 0; round < 300; round++) {
      int width = 40 + random.nextInt(81);
      Table table =
          new Table(List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.LEFT)).wrapping();
      StringBuilder all = new StringBuilder();
      for (int r = 0; r < 1 + random.nextInt(4); r++) {
        String a = sentence(random, words);
        String c = sentence(random, words);
        all.append(a).append(c);
        table.row(List.of(a, String.valueOf(random.nextInt(1000)), c));
      }
      List<String> lines = table.render(width, "  ");
      for (String line : lines) {
        assertThat(DisplayWidth.of(line))
            .as("seed %d round %d width %d: %s", seed, round, width, line)
            .isLessThanOrEqualTo(width);
      }
      // Wrapped cells interleave line by line, so compare the characters, not their order.
      assertThat(sorted(String.join("", lines)))
          .as("seed %d round %d: no text lost", seed, round)
          .isEqualTo(sorted(all.toString()));
    }
  }

  private static String sorted(String text) {
    return text.replaceAll("[ 0-9]", "").chars().sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static String sentence(SplittableRandom random, String[] words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 1 + random.nextInt(6); i++) {
      s.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
    }
    return s.toString();
  }
}
