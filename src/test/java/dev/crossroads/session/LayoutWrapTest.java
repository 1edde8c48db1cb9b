package dev.crossroads.session;

import dev.crossroads.session.ask.Layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Long prompt lines wrap at spaces by display width, never splitting a word that fits. */
class LayoutWrapTest {
  private static final String[] WORDS = {"growth", "a", "master's", "대학원", "취업할까", "연구실",
      "(about", "two", "years)", "—", "3,000", "startups", "학비와", "생활비"};

  @Test
  void everyLineFitsAndTheWordsComeBackInOrder() {
    Random rnd = new Random(80);
    for (int i = 0; i < 500; i++) {
      int columns = 20 + rnd.nextInt(100);
      StringBuilder b = new StringBuilder(i % 3 == 0 ? "  12. " : i % 3 == 1 ? "  " : "");
      List<String> words = new ArrayList<>();
      int n = 1 + rnd.nextInt(60);
      for (int k = 0; k < n; k++) {
        String w = WORDS[rnd.nextInt(WORDS.length)];
        words.add(w);
        b.append(k == 0 ? "" : " ").append(w);
      }
      String text = b.toString();
      List<String> lines = Layout.wrap(text, columns);
      List<String> back = new ArrayList<>();
      for (String line : lines) {
        assertThat(Layout.width(line)).as(text + " @" + columns).isLessThanOrEqualTo(columns);
        back.addAll(Arrays.asList(line.strip().split(" ")));
      }
      if (text.startsWith("  12. ")) {
        back.remove(0);
        assertThat(lines.stream().skip(1)).allMatch(l -> l.startsWith("      "));
      }
      assertThat(back).as(text + " @" + columns).isEqualTo(words);
    }
  }

  @Test
  void aShortLineIsLeftAloneAndAWordWiderThanTheLineIsCut() {
    assertThat(Layout.wrap("  Growth", 80)).containsExactly("  Growth");
    List<String> cut = Layout.wrap("https://example.org/a/very/long/path/that/goes/on", 20);
    assertThat(cut).allMatch(l -> Layout.width(l) <= 20);
    assertThat(String.join("", cut)).isEqualTo("https://example.org/a/very/long/path/that/goes/on");
    assertThat(Layout.wrap("가나다라마바사아자차카타파하", 9))
        .containsExactly("가나다라", "마바사아", "자차카타", "파하");
  }

  @Test
  void paddingInsideALineSurvivesAndAWrappedLineDropsItsGap() {
    assertThat(Layout.wrap("   1. Title      first second third", 30))
        .containsExactly("   1. Title      first second", "      third");
  }
}
