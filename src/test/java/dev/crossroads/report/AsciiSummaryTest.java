package dev.crossroads.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.AnalysisSettings;
import dev.crossroads.analysis.Analyzer;
import dev.crossroads.analysis.VerdictCases;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import dev.crossroads.method.Topsis;
import dev.crossroads.method.WeightedProduct;
import dev.crossroads.method.WeightedSum;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Under {@code --ascii} the summary keeps to ASCII everywhere but in the person's own text, on 200
 * seeded random decisions (ties, dealbreakers that every option fails, ranges, ranks, points and
 * pairs) in English and Korean, at three widths, with colour on and off. The person's labels
 * carry Hangul, an accented letter and an emoji; those letters are taken out before the check,
 * and in Korean so is crossroads' own Hangul: what must be left is ASCII, so no box-drawing,
 * block or typographic character of crossroads' own gets through. The charts say in words what
 * they draw, and the words agree with the chart's numbers.
 */
class AsciiSummaryTest {
  private static final Analyzer ANALYZER =
      new Analyzer(List.of(new WeightedSum(), new WeightedProduct(), new Topsis()));
  private static final AnalysisSettings SETTINGS = new AnalysisSettings(11, 500, 0.02, 1);
  /** Letters: the person's (and, in Korean, crossroads' own Hangul), and style sequences. */
  private static final Pattern LETTERS_AND_STYLES =
      Pattern.compile("[\\p{IsHangul}é\\x{1F393}]|\u001b\\[[0-9;]*m");
  private static final Pattern PART = Pattern.compile("; |: ");

  static LongStream seeds() {
    return LongStream.range(30_000, 30_200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theAsciiSummaryIsAsciiOutsideThePersonsText(long seed) {
    Decision d = labelled(VerdictCases.decision(seed), seed);
    AnalysisResult result = ANALYZER.analyze(d, SETTINGS);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
      Messages messages = new Messages(locale, true);
      Summary summary = new SummaryBuilder(messages).build(d, result);
      for (int width : new int[] {40, 80, 120}) {
        for (boolean colour : new boolean[] {false, true}) {
          String text = new TextSummary(messages, new TextStyle(width, colour, true)).render(summary);
          String left = LETTERS_AND_STYLES.matcher(text).replaceAll("");
          assertThat(nonAscii(left))
              .as("seed %d, %s, %d columns, colour %s:%n%s", seed, locale, width, colour, text)
              .isEmpty();
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theScoreChartInWordsAddsUpToTheScoresBesideIt(long seed) {
    Decision d = VerdictCases.decision(seed);
    AnalysisResult result = ANALYZER.analyze(d, SETTINGS);
    Summary summary = new SummaryBuilder(new Messages(Locale.ENGLISH, true)).build(d, result);

    assertThat(summary.scoresInWords()).hasSameSizeAs(summary.ranking());
    for (int i = 0; i < summary.ranking().size(); i++) {
      Summary.RankRow row = summary.ranking().get(i);
      String line = summary.scoresInWords().get(i);
      assertThat(line).startsWith(row.label() + " (" + Numbers.score(row.score()) + ")");
      double sum = 0;
      int named = 0;
      for (int j = 0; j < d.criteria().size(); j++) {
        String part = d.criteria().get(j).label() + " " + Numbers.score(row.contributions().get(j));
        boolean zero = Numbers.score(row.contributions().get(j)).equals(Numbers.score(0));
        if (!zero) {
          assertThat(PART.split(line)).as(line).contains(part);
          sum += Double.parseDouble(Numbers.score(row.contributions().get(j)));
          named++;
        }
      }
      // Each part is rounded to one decimal, so together they may miss the score by that much.
      assertThat(sum).as(line).isCloseTo(row.score() * 100, org.assertj.core.data.Offset.offset(
          0.05 * d.criteria().size() + 1e-9));
      assertThat(PART.split(line).length).as(line).isEqualTo(Math.max(2, named + 1));
    }
  }

  @Test
  void thePersonsOwnTypographyIsLeftAsTheyTypedIt() {
    Decision d = VerdictCases.decision(30_001);
    List<Option> options = d.options().stream()
        .map(o -> new Option(o.id(), "“" + o.label() + "” — 서울…")).toList();
    Decision typed = new Decision(d.title(), d.language(), options, d.criteria(), d.gates(),
        d.weights(), d.ratings(), d.reflections(), d.scenarios(), d.meta());
    Messages messages = new Messages(Locale.ENGLISH, true);
    Summary summary = new SummaryBuilder(messages).build(typed, ANALYZER.analyze(typed, SETTINGS));
    String text = new TextSummary(messages, new TextStyle(80, false, true)).render(summary)
        .replaceAll("\\s+", " ");

    assertThat(text).contains(summary.verdict().leader().isEmpty()
        ? options.get(0).label() : summary.verdict().leader());
    assertThat(text).contains("“Option 0” — 서울…");
  }

  @Test
  void withoutAsciiTheChartsKeepTheirBlocksAndTellCriteriaApartByCharacter() {
    Decision d = VerdictCases.decision(30_003);
    Messages messages = new Messages(Locale.ENGLISH);
    Summary summary = new SummaryBuilder(messages).build(d, ANALYZER.analyze(d, SETTINGS));
    String plain = new TextSummary(messages, new TextStyle(80, true, false)).render(summary);
    String ascii = new TextSummary(new Messages(Locale.ENGLISH, true), new TextStyle(80, true, true))
        .render(summary);

    assertThat(plain).contains("█").doesNotContain(messages.get("report.why.words"));
    assertThat(ascii).doesNotContain("█").contains(messages.get("report.why.words"));
    if (d.criteria().size() > 1 && summary.ranking().get(0).contributions().stream()
        .filter(c -> c > 0.05).count() > 1) {
      // With colour on, the second criterion still has a character of its own.
      assertThat(TextStyle.unstyled(plain)).contains("▓");
      assertThat(TextStyle.unstyled(ascii)).containsPattern("#+=+");
    }
  }

  /** The decision with the person's labels in Korean, an accent and an emoji beside Latin. */
  private static Decision labelled(Decision d, long seed) {
    List<Option> options = d.options().stream()
        .map(o -> new Option(o.id(), (seed % 3 == 0 ? "대학원 " : "Café ") + o.label() + " 🎓"))
        .toList();
    List<Criterion> criteria = d.criteria().stream()
        .map(c -> new Criterion(c.id(), "연봉 " + c.label() + " é", c.direction(), c.scale(),
            c.description()))
        .toList();
    return new Decision("진로 " + d.title(), d.language(), options, criteria, d.gates(),
        d.weights(), d.ratings(), d.reflections(), d.scenarios(), d.meta());
  }

  private static String nonAscii(String text) {
    StringBuilder found = new StringBuilder();
    Matcher m = Pattern.compile("[^\\x00-\\x7F]").matcher(text);
    while (m.find()) {
      found.append(m.group());
    }
    return found.toString();
  }
}
