package dev.crossroads.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.text.Bundles.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/glossary.md names one Korean word for each idea and the words not to use for it; the
 * Korean bundles and question bank say each idea with its one word.
 */
class GlossaryTest {
  /** One row of the glossary's table: the Korean words and the banned ones. */
  private record Row(String english, List<String> korean, List<String> banned) {}

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("docs/glossary.md"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("| ") || line.startsWith("| English")) {
        continue;
      }
      String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
      rows.add(new Row(cells[0].strip(), split(cells[1], "/"), split(cells[2], ",")));
    }
    return rows;
  }

  private static List<String> split(String cell, String by) {
    return Arrays.stream(cell.split(by)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  @Test
  void theGlossaryNamesOneKoreanWordForEachTerm() throws IOException {
    List<Row> rows = rows();
    assertThat(rows).hasSizeGreaterThan(40);
    assertThat(rows.stream().map(r -> r.english().replaceAll(" \\(.*", "")))
        .contains("dealbreaker", "weight", "rating", "range", "scenario", "money view",
            "chance of first", "verdict", "criterion", "option", "profile", "pairwise comparison",
            "find out first", "review date", "Monte Carlo", "sensitivity");
    for (Row row : rows) {
      assertThat(row.korean()).as(row.english()).isNotEmpty();
    }
  }

  /** Verbs and adjectives are listed as the dictionary gives them; their stem is what is used. */
  @Test
  void everyKoreanTermIsUsedAsWritten() throws IOException {
    String korean = Bundles.allKorean().stream().map(Text::korean).collect(Collectors.joining("\n"));
    List<String> unused = new ArrayList<>();
    for (Row row : rows()) {
      for (String term : row.korean()) {
        String stem = term.endsWith("다") ? term.substring(0, term.length() - 1) : term;
        if (!korean.contains(stem)) {
          unused.add(row.english() + ": " + term);
        }
      }
    }
    assertThat(unused).isEmpty();
  }

  @Test
  void noBannedSynonymAppearsInAnyKoreanText() throws IOException {
    List<Text> texts = Bundles.allKorean();
    List<String> found = new ArrayList<>();
    for (Row row : rows()) {
      for (String banned : row.banned()) {
        for (Text text : texts) {
          if (text.korean().contains(banned)) {
            found.add(banned + " (say " + String.join("/", row.korean()) + ") in " + text.where());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
