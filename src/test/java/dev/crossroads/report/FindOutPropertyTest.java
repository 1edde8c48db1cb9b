package dev.crossroads.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.Messages;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.AnalysisSettings;
import dev.crossroads.analysis.Analyzer;
import dev.crossroads.analysis.InformationValue;
import dev.crossroads.analysis.SmallProfiles;
import dev.crossroads.analysis.ValueOfInformation;
import dev.crossroads.analysis.VerdictCases;
import dev.crossroads.decision.Decision;
import dev.crossroads.method.Topsis;
import dev.crossroads.method.WeightedProduct;
import dev.crossroads.method.WeightedSum;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "Find out first" section never says more than its numbers, on 300 seeded random decisions
 * (small ones with wide ranges that often turn the choice, and the verdict's edge cases), in
 * English and Korean: an input is named only when its value is above zero beyond its error, in
 * the order of value, with the chance and points the analysis gave; the rest are said not to
 * change the choice only when none of them does; and every renderer shows the section.
 */
class FindOutPropertyTest {
  private static final Analyzer ANALYZER =
      new Analyzer(List.of(new WeightedSum(), new WeightedProduct(), new Topsis()));
  private static final ObjectMapper JSON = new ObjectMapper();

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theSectionSaysWhatTheNumbersSay(long seed) throws Exception {
    boolean small = seed % 2 == 0;
    Decision d = small ? SmallProfiles.decision(seed) : VerdictCases.decision(seed);
    double spread = small ? SmallProfiles.spread(seed) : 0.02;
    AnalysisResult result = ANALYZER.analyze(d, new AnalysisSettings(seed, 4_000, spread, 1));
    Messages messages = new Messages(seed % 3 == 0 ? Locale.KOREAN : Locale.ENGLISH);
    FindOutText words = new FindOutText(messages, d, WaysToFindOut.NONE);
    Summary summary = new SummaryBuilder(messages).build(d, result);
    Summary.FindOut section = summary.findOut();
    ValueOfInformation v = result.valueOfInformation();
    List<InformationValue> changing = v.changing();
    String why = "seed " + seed + " " + section;

    assertThat(section.items()).as(why).hasSize(Math.min(FindOutText.NAMED, changing.size()));
    for (int i = 0; i < section.items().size(); i++) {
      InformationValue input = changing.get(i);
      String item = section.items().get(i);
      // Named: beyond its error, and no later input is worth more.
      assertThat(input.value()).as(why).isGreaterThan(ValueOfInformation.ERRORS * input.standardError());
      assertThat(input.value()).as(why).isGreaterThan(0);
      for (InformationValue later : changing.subList(i, changing.size())) {
        assertThat(later.value()).as(why).isLessThanOrEqualTo(input.value());
      }
      String subject = words.subject(input.input(), result);
      assertThat(item.toLowerCase(Locale.ROOT)).as(why).contains(subject.toLowerCase(Locale.ROOT));
      assertThat(item).as(why).contains(words.chance(input.chanceChanges()));
      assertThat(item).as(why).contains(words.points(input.value()));
    }

    String rest = messages.get("report.findOut.rest");
    String nothing = messages.get("report.findOut.nothing", "");
    boolean someoneElse = changing.size() < v.inputs().size();
    assertThat(section.closing().contains(rest)).as(why).isEqualTo(!changing.isEmpty() && someoneElse);
    assertThat(section.closing().startsWith(nothing.substring(0, 20)))
        .as(why)
        .isEqualTo(changing.isEmpty() && !v.inputs().isEmpty() && v.bins() > 0);
    assertThat(section.closing().isEmpty()).as(why).isEqualTo(!changing.isEmpty() && !someoneElse && changing.size() <= FindOutText.NAMED);
    boolean other = v.inputs().size() > 0 && !result.verdict().leader().equals(java.util.Optional.of(v.baseline()));
    assertThat(section.intro().isEmpty()).as(why).isEqualTo(!other);

    // Every renderer shows the section, and the JSON carries the same inputs in the same order.
    String heading = messages.get("report.findOut");
    assertThat(new TextSummary(messages, TextStyle.plain(80)).render(summary)).contains("\n" + heading + "\n");
    assertThat(new MarkdownSummary(messages).render(summary)).contains("## " + heading);
    assertThat(new HtmlSummary(messages).render(summary)).contains("class=\"find-out\"");
    JsonNode json = JSON.readTree(new JsonReport().render(d, result)).get("valueOfInformation");
    assertThat(json.get("inputs")).as(why).hasSize(v.inputs().size());
    for (int i = 0; i < v.inputs().size(); i++) {
      assertThat(json.get("inputs").get(i).get("changesChoice").asBoolean())
          .as(why)
          .isEqualTo(v.inputs().get(i).changesChoice());
    }
  }

  @org.junit.jupiter.api.Test
  void theSeedsReachEveryKindOfSection() {
    int named = 0;
    int more = 0;
    int nothing = 0;
    int intro = 0;
    for (long seed : seeds().toArray()) {
      boolean small = seed % 2 == 0;
      Decision d = small ? SmallProfiles.decision(seed) : VerdictCases.decision(seed);
      double spread = small ? SmallProfiles.spread(seed) : 0.02;
      AnalysisResult result = ANALYZER.analyze(d, new AnalysisSettings(seed, 4_000, spread, 1));
      Summary.FindOut section = new SummaryBuilder(new Messages(Locale.ENGLISH)).build(d, result).findOut();
      named += section.items().isEmpty() ? 0 : 1;
      more += result.valueOfInformation().changing().size() > FindOutText.NAMED ? 1 : 0;
      nothing += section.items().isEmpty() && !section.closing().isEmpty() ? 1 : 0;
      intro += section.intro().isEmpty() ? 0 : 1;
    }
    System.out.printf(
        "find out first: %d sections name inputs, %d have more than %d, %d say nothing changes it,"
            + " %d say which option \"your choice\" means%n",
        named, more, FindOutText.NAMED, nothing, intro);
    assertThat(named).isGreaterThan(50);
    assertThat(more).isGreaterThan(5);
    assertThat(nothing).isGreaterThan(50);
    assertThat(intro).isGreaterThan(5);
  }
}
