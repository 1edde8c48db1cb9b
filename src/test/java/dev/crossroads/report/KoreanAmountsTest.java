package dev.crossroads.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import dev.crossroads.money.Band;
import dev.crossroads.money.MoneyAnalysis;
import dev.crossroads.money.MoneyModel;
import dev.crossroads.money.MoneyResult;
import dev.crossroads.money.MoneySettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Korean reads won in 만 and 억 and every range low to high, the unit once: 5,500만~7,000만 원. */
class KoreanAmountsTest {
  private static final Messages KO = new Messages(Locale.KOREAN);
  private static final Messages EN = new Messages(Locale.ENGLISH);
  private static final Pattern RANGE = Pattern.compile("([\\d,.]+)(만|억)?~([\\d,.]+)");

  /** A lab master's against a job now, in won, as the docs' example profile has them. */
  private static MoneyPage page(double jobLow, double jobHigh) {
    Map<String, MoneyModel> models = new LinkedHashMap<>();
    models.put("masters", MoneyModel.study(2, 4_000_000, 9_600_000,
        new Band(55_000_000, 70_000_000), 0.04));
    models.put("job", MoneyModel.job(new Band(jobLow, jobHigh), 0.04));
    MoneyResult result = MoneyAnalysis.analyze(models, new MoneySettings(10, 0.03, "KRW"));
    return new MoneyPage("대학원이냐 취업이냐", Map.of("masters", "석사", "job", "바로 취업"), models,
        result, Optional.empty(), List.of());
  }

  private static String korean(MoneyPage page) {
    // Wide enough that no sentence wraps: the words are what is checked here.
    return String.join("\n", new MoneyReport(KO, TextStyle.plain(300)).lines(page));
  }

  @Test
  void sentencesSpellWonInManWithTheUnitOnceAfterTheRange() {
    String text = korean(page(45_000_000, 52_000_000));

    assertThat(text).contains("한 해 등록금 400만 원, 인건비·장학금 960만 원",
        "그다음 연봉 5,500만~7,000만 원, 해마다 4% 인상", "연봉 4,500만~5,200만 원");
    assertThat(text).doesNotContain("백만", "KRW)", "..");
  }

  @Test
  void tablesCountInManWonNamedOnceInTheHeading() {
    String text = korean(page(45_000_000, 52_000_000));

    assertThat(text).contains("해마다의 흐름 (단위: 만 원)", "10년 뒤 (단위: 만 원)");
    // The job's tenth year, conservative: 45,000,000 grown by 4% nine times.
    assertThat(text).contains(String.format("%,d", Math.round(45_000_000 * Math.pow(1.04, 9) / 1e4)));
    Matcher m = RANGE.matcher(text);
    int ranges = 0;
    while (m.find()) {
      ranges++;
      assertThat(Double.parseDouble(m.group(1).replace(",", "")))
          .as(m.group()).isLessThanOrEqualTo(Double.parseDouble(m.group(3).replace(",", "")));
    }
    assertThat(ranges).isGreaterThan(3);
  }

  @Test
  void theYearOneOptionCatchesUpReadsEarliestToLatest() {
    // Conservatively the master's catches up later than optimistically: the years come
    // conservative first, and Korean still reads them low to high.
    String text = korean(page(40_000_000, 42_000_000));
    Matcher m = Pattern.compile("(\\d+)~(\\d+)년 차에 따라잡아요\\(보수적으로 보면 (\\d+)년 차, 낙관적으로 보면 (\\d+)년 차\\)")
        .matcher(text);

    assertThat(m.find()).as(text).isTrue();
    int low = Integer.parseInt(m.group(1));
    int high = Integer.parseInt(m.group(2));
    assertThat(low).isLessThan(high);
    assertThat(List.of(m.group(3), m.group(4))).containsExactlyInAnyOrder(m.group(1), m.group(2));
    assertThat(text).doesNotContainPattern("\\d+\\.\\.\\d+년");
  }

  @Test
  void englishPagesKeepTheirUnitAndTheirOrder() {
    String text = String.join("\n", new MoneyReport(EN, TextStyle.plain(300)).lines(page(45_000_000, 52_000_000)));

    assertThat(text).contains("(millions of KRW)", "then a salary of 55.0..70.0 rising 4% a year");
  }

  @RepeatedTest(50)
  void aKoreanBandAlwaysNamesItsLowEndFirst(RepetitionInfo info) {
    SplittableRandom random = new SplittableRandom(0x6b6f + info.getCurrentRepetition());
    double a = random.nextDouble(-5e8, 5e9);
    double b = random.nextDouble(-5e8, 5e9);
    MoneyAmounts amounts = new MoneyAmounts(1e4, "money.report.unit.man", true);

    String band = amounts.band(KO, a, b);
    String words = amounts.bandInWords(KO, a, b);

    String[] ends = band.split("~");
    if (ends.length == 2) {
      assertThat(Double.parseDouble(ends[0].replace(",", "")))
          .as("%s from %f, %f", band, a, b).isLessThan(Double.parseDouble(ends[1].replace(",", "")));
    }
    assertThat(words).as("%f, %f", a, b).endsWith("원").doesNotContain("..");
    assertThat(words.indexOf('원')).as(words).isEqualTo(words.length() - 1);
  }

  @Test
  void rangesOfYearsAndWonReadLowToHighWithTheUnitAfterTheSecond() {
    assertThat(ValueText.withUnit(KO, "years", 10, 8)).isEqualTo("8~10년");
    assertThat(ValueText.withUnit(KO, "KRW", 21_970_000, 14_070_000)).isEqualTo("1,407만~2,197만 원");
    assertThat(ValueText.withUnit(KO, "만 원", 1_407, 2_197)).isEqualTo("1,407만~2,197만 원");
    assertThat(ValueText.withUnit(EN, "KRW", 21_970_000, 14_070_000)).isEqualTo("14,070,000 to 21,970,000 KRW");
  }

  @Test
  void wonWithAQualifierIsStillCountedInMan() {
    assertThat(ValueText.withUnit(KO, "백만 원 (3년 합계)", 30)).isEqualTo("3,000만 원 (3년 합계)");
    assertThat(ValueText.withUnit(KO, "백만 원/년", 52)).isEqualTo("5,200만 원/년");
    assertThat(ValueText.withUnit(KO, "백만 원/년", 48, 58)).isEqualTo("4,800만~5,800만 원/년");
    assertThat(ValueText.withUnit(EN, "백만 원/년", 52)).isEqualTo("52,000,000 KRW/년");
    assertThat(ValueText.withUnit(KO, "million KRW a year", 52)).isEqualTo("52 million KRW a year");
  }
}
