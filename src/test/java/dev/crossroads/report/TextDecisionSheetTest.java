package dev.crossroads.report;

import dev.crossroads.DisplayWidth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.store.ProfileReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextDecisionSheetTest {
  private static DecisionSheet sheet(String example, Locale locale) {
    Decision decision = new ProfileReader().read(Path.of("docs/examples", example));
    Map<String, String> prompts = Map.of("change-mind", "What would you need to learn to change your mind?");
    return new DecisionSheetBuilder(new Messages(locale)).build(decision, prompts);
  }

  private static List<String> lines(DecisionSheet sheet, int width) {
    return new TextDecisionSheet(TextStyle.plain(width)).lines(sheet);
  }

  private static void assertFits(List<String> lines, int width) {
    for (String line : lines) {
      assertThat(DisplayWidth.of(line)).as("%s", line).isLessThanOrEqualTo(width);
    }
  }

  /** Every word of the text shows somewhere, whatever the wrapping did. */
  private static void assertShown(List<String> lines, String text) {
    String all = String.join(" ", lines).replaceAll(" +", " ");
    for (String word : text.split(" ")) {
      assertThat(all).as(text).contains(word);
    }
  }

  @ParameterizedTest(name = "{0} at {1} columns")
  @CsvSource({
    "grad-school.json, 80", "grad-school-ko.json, 80",
    "grad-school.json, 40", "grad-school-ko.json, 40",
    "grad-school.json, 120", "grad-school-ko.json, 120"
  })
  void everyLineFitsTheWidthByDisplayWidth(String example, int width) {
    Locale locale = example.contains("-ko") ? Locale.KOREAN : Locale.ENGLISH;
    List<String> lines = lines(sheet(example, locale), width);
    assertFits(lines, width);
  }

  @Test
  void theEnglishSheetShowsTheGridWeightsGatesGutDatesAndReflections() {
    List<String> lines = lines(sheet("grad-school.json", Locale.ENGLISH), 80);
    String text = String.join("\n", lines);

    assertThat(lines.get(0)).isEqualTo("Your answers");
    assertThat(text)
        .contains("Your ratings", "Criteria and weights", "Dealbreakers", "Dates", "Your reflections")
        .contains("60,000,000 KRW", "-50,000,000 KRW", "0.5 years", "8 of 10")
        .contains("You split 100 points between the criteria.")
        .contains("1. ML engineer job now")
        .contains("Review date  2027-09-01")
        .contains("  What would you need to learn to change your mind?")
        .contains("    A full scholarship, or an offer from a team that trains its own models.");
    assertShown(lines, "46,000,000 to 58,000,000 KRW (likely 52,000,000)");
  }

  @Test
  void theKoreanSheetShowsWonInManAndEok() {
    List<String> lines = lines(sheet("grad-school-ko.json", Locale.KOREAN), 80);
    String text = String.join("\n", lines);

    assertThat(text).contains("내가 한 답", "6,000만 원", "-5,000만 원", "0.5년", "10점 중 8점", "4,000만 원 이하");
    assertShown(lines, "4,600만~5,800만 원 (가장 그럴듯한 값 5,200만)");
  }

  @Test
  void manyOptionsAreSplitIntoSeveralGridsEachWithTheCriteria() {
    List<Option> options = new ArrayList<>();
    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    for (int i = 1; i <= 7; i++) {
      options.add(new Option("o" + i, "선택지 번호 " + i + " 꽤 긴 이름"));
      ratings.put("o" + i, Map.of("pay", Rating.range(46_000_000, 52_000_000, 58_000_000 + i)));
    }
    Criterion pay =
        new Criterion("pay", "3년 뒤 연봉", Direction.BENEFIT, QuantityScale.of("원"));
    Decision decision =
        Decision.of("t", options, List.of(pay), new WeightInput.Points(Map.of("pay", 1.0)), ratings);
    DecisionSheet sheet = new DecisionSheetBuilder(new Messages(Locale.KOREAN)).build(decision, Map.of());

    List<String> lines = lines(sheet, 80);

    assertFits(lines, 80);
    assertThat(lines.stream().filter(l -> l.contains("3년 뒤 연봉")).count()).isGreaterThan(1);
    for (int i = 1; i <= 7; i++) {
      assertThat(String.join(" ", lines)).contains("번호 " + i);
    }
  }

  @Test
  void aReflectionOverSeveralLinesKeepsItsLineBreaks() {
    DecisionSheet base = sheet("grad-school.json", Locale.ENGLISH);
    DecisionSheet sheet =
        new DecisionSheet(
            base.heading(),
            base.grid(),
            base.weights(),
            base.gates(),
            base.gutRanking(),
            base.dates(),
            new DecisionSheet.Pairs(
                "Your reflections",
                List.of(new DecisionSheet.Pair("Plan B", "First line.\nSecond line."))));

    List<String> lines = lines(sheet, 80);

    assertThat(lines.subList(lines.size() - 3, lines.size()))
        .containsExactly("  Plan B", "    First line.", "    Second line.");
  }
}
