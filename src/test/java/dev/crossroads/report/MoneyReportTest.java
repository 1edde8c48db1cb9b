package dev.crossroads.report;

import dev.crossroads.DisplayWidth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import dev.crossroads.money.Band;
import dev.crossroads.money.MoneyAnalysis;
import dev.crossroads.money.MoneyModel;
import dev.crossroads.money.MoneyResult;
import dev.crossroads.money.MoneySettings;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class MoneyReportTest {
  private final Messages english = new Messages(Locale.ENGLISH);

  /** The docs' case: a 2-year master's (stipend 30, tuition 10) then 150..200, against a job at 100. */
  private static MoneyPage page(int horizon) {
    Map<String, MoneyModel> models = new LinkedHashMap<>();
    models.put("masters", MoneyModel.study(2, 10, 30, new Band(150, 200), 0));
    models.put("job", MoneyModel.job(Band.of(100), 0));
    MoneyResult result = MoneyAnalysis.analyze(models, new MoneySettings(horizon, 0.25, "KRW"));
    return new MoneyPage("Grad school or a job", Map.of("masters", "Master's", "job", "Job"), models,
        result, Optional.of(new MoneyPage.Feeds("worth", "Net worth", false)),
        List.of(new DatedNote("kr-x", LocalDate.of(2025, 6, 1), "Rules change.", "Somewhere.")));
  }

  @Test
  void theBreakEvenBandReadsConservativeThenOptimistic() {
    // Conservative gaps -80, -160, -110, -60, -10, +40: year 6. Optimistic -80, -160, -60, +40: year 4.
    List<List<String>> pairs = new BreakEvenText(english).pairs(page(10));

    assertThat(pairs).hasSize(1);
    assertThat(pairs.get(0).get(0))
        .isEqualTo("Master's catches up with Job in year 6..4 (conservative..optimistic).");
  }

  @Test
  void aBreakEvenBeyondTheHorizonIsSaidSo() {
    // Within 5 years only the optimistic case catches up. Discounted at 25%, the optimistic gaps
    // -80, -80, +100, +100, +100 become -64, -51.2, +51.2, +40.96, +32.77: cumulative +9.73 in
    // year 5; the conservative case (+50 a year after the degree) stays behind.
    List<String> pair = new BreakEvenText(english).pairs(page(5)).get(0);

    assertThat(pair.get(0))
        .isEqualTo("Master's against Job: conservative not within 5 years; optimistic year 4.");
    assertThat(pair.get(1))
        .isEqualTo("Discounted at 25% a year: conservative not within 5 years, optimistic year 5.");
  }

  @Test
  void colouredOutputStillFitsTheWidthOnceTheColoursAreRemoved() {
    List<String> lines = new MoneyReport(english, new TextStyle(60, true, false)).lines(page(10));

    assertThat(String.join("\n", lines)).contains("\u001b[");
    for (String line : lines) {
      String plain = line.replaceAll("\u001b\\[[0-9;]*m", "");
      assertThat(DisplayWidth.of(plain)).as("[%s]", plain).isLessThanOrEqualTo(60);
    }
  }

  @Test
  void theFactsAreShownWithTheirDateAndSource() {
    String text = new MoneyReport(english, TextStyle.plain(80)).render(page(10));

    assertThat(text).contains("As of 2025-06-01: Rules change.", "Source: Somewhere.");
  }

  @Test
  void amountsUseOneUnitThatKeepsTheLargestShort() {
    assertThat(MoneyAmounts.forResult(page(10).result()).unitKey()).isEqualTo("money.report.unit.ones");
    Map<String, MoneyModel> big = Map.of("job", MoneyModel.job(Band.of(52_000_000), 0));
    MoneyAmounts amounts = MoneyAmounts.forResult(MoneyAnalysis.analyze(big, MoneySettings.defaults("KRW")));

    assertThat(amounts.unit(english, "KRW")).isEqualTo("millions of KRW");
    assertThat(amounts.format(52_000_000)).isEqualTo("52.0");
    assertThat(amounts.format(-1_250_000)).isEqualTo("-1.3");
  }

  @Test
  void everyMoneyKeyTheRenderersUseIsInBothBundles() throws java.io.IOException {
    java.util.Set<String> used = new java.util.TreeSet<>();
    java.util.regex.Pattern key = java.util.regex.Pattern.compile("\"(money\\.report\\.[A-Za-z.]+)\"");
    for (String name : List.of("MoneyReport", "MoneyYearTable", "MoneyAmounts", "BreakEvenText", "MoneyChart")) {
      java.util.regex.Matcher m = key.matcher(java.nio.file.Files.readString(
          java.nio.file.Path.of("src/main/java/dev/crossroads/report/" + name + ".java")));
      while (m.find()) {
        used.add(m.group(1));
      }
    }
    assertThat(used).hasSizeGreaterThan(20);
    Messages korean = new Messages(Locale.KOREAN);
    for (String k : used) {
      assertThat(english.has(k)).as(k).isTrue();
      assertThat(korean.get(k)).as(k).isNotEqualTo(k);
    }
  }

  @RepeatedTest(200)
  void theChartShowsYearsInOrderEndingWithTheLastAndFitsItsRoom(RepetitionInfo info) {
    long seed = 0xc4a7L + info.getCurrentRepetition();
    SplittableRandom random = new SplittableRandom(seed);
    int horizon = 1 + random.nextInt(100);
    int slot = 2 + random.nextInt(6);
    int room = 10 + random.nextInt(110);

    List<Integer> years = MoneyChart.shownYears(horizon, slot, room);

    assertThat(years).as("seed %d", seed).isSorted().doesNotHaveDuplicates().endsWith(horizon);
    assertThat(years.size() * slot <= room || years.size() == 1).as("seed %d: %s", seed, years).isTrue();
  }
}
