package dev.crossroads.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.AnalysisSettings;
import dev.crossroads.analysis.Analyzer;
import dev.crossroads.analysis.Verdict;
import dev.crossroads.analysis.VerdictCases;
import dev.crossroads.decision.Decision;
import dev.crossroads.method.Topsis;
import dev.crossroads.method.WeightedProduct;
import dev.crossroads.method.WeightedSum;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text, Markdown, HTML and JSON name the same leader and the same kind of verdict, and the
 * verdict's figures are the ones in the table beside it, on 500 seeded random decisions in
 * English and Korean.
 */
class VerdictRenderersAgreeTest {
  private static final Analyzer ANALYZER =
      new Analyzer(List.of(new WeightedSum(), new WeightedProduct(), new Topsis()));
  private static final AnalysisSettings SETTINGS = new AnalysisSettings(11, 2000, 0.02, 1);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> KINDS =
      List.of("clear", "likely", "close", "tie", "none-passes");

  static LongStream seeds() {
    return LongStream.range(10_000, 10_500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyRendererSaysTheSameVerdict(long seed) throws Exception {
    Decision d = VerdictCases.decision(seed);
    AnalysisResult result = ANALYZER.analyze(d, SETTINGS);
    Messages messages = new Messages(seed % 2 == 0 ? Locale.ENGLISH : Locale.KOREAN);
    String why = "seed " + seed;

    JsonNode verdict = JSON.readTree(new JsonReport().render(d, result)).get("verdict");
    String kind = verdict.get("kind").asText();
    Verdict v = result.verdict();
    assertThat(kind).as(why).isEqualTo(v.kind().id());
    String leader =
        verdict.get("leader").isNull()
            ? ""
            : d.options().get(d.optionIndex(verdict.get("leader").asText())).label();
    String tag = messages.get("report.verdict.kind." + kind);

    Summary summary = new SummaryBuilder(messages).build(d, result);
    List<String> text = new TextSummary(messages, TextStyle.plain(80)).lines(summary);
    // Title, rule, blank line, then the verdict paragraph up to the next blank line.
    StringBuilder paragraph = new StringBuilder();
    for (int i = 3; i < text.size() && !text.get(i).isEmpty(); i++) {
      paragraph.append(text.get(i)).append(' ');
    }
    String textVerdict = paragraph.toString().replaceAll("\\s+", " ");
    checkBlock(why + " text", textVerdict, tag, leader, messages);

    String markdown = new MarkdownSummary(messages).render(summary);
    String mdVerdict = markdown.lines().filter(l -> l.startsWith("**")).findFirst().orElse("");
    checkBlock(why + " markdown", unescape(mdVerdict), "**" + tag + "**", leader, messages);

    String html = new HtmlSummary(messages).render(summary);
    Matcher p = Pattern.compile("<p class=\"verdict\" data-kind=\"([a-z-]+)\">(.*?)</p>").matcher(html);
    assertThat(p.find()).as(why + " html").isTrue();
    assertThat(p.group(1)).as(why).isEqualTo(kind);
    checkBlock(why + " html", p.group(2).replace("<strong>", "").replace("</strong>", ""), tag, leader, messages);

    // The figure in the words is the figure in the table: the leader's chance of first.
    if (v.kind() == Verdict.Kind.CLEAR || v.kind() == Verdict.Kind.LIKELY) {
      Summary.RankRow first = summary.ranking().get(0);
      assertThat(first.label()).as(why).isEqualTo(leader);
      assertThat(first.chanceFirst()).as(why).isEqualTo(v.chanceFirst());
      String shown = Numbers.percent(first.chanceFirst()).replace("%", "");
      if (shown.matches("\\d+") && v.chanceFirst() < 1) {
        assertThat(textVerdict).as(why).contains(shown);
      }
    }
  }

  /** The block opens with the kind's tag, names the leader, and carries no other kind's tag. */
  private static void checkBlock(String why, String block, String tag, String leader, Messages m) {
    assertThat(block).as(why).startsWith(tag);
    if (!leader.isEmpty()) {
      assertThat(block).as(why).contains(leader);
    }
    for (String other : KINDS) {
      String otherTag = m.get("report.verdict.kind." + other);
      if (!tag.contains(otherTag)) {
        assertThat(block).as(why + " has the tag of " + other).doesNotContain(otherTag);
      }
    }
  }

  private static String unescape(String markdown) {
    return markdown.replace("\\\\", "\u0000").replace("\\", "").replace("\u0000", "\\");
  }
}
