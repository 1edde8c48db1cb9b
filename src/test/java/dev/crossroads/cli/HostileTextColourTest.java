package dev.crossroads.cli;

import static dev.crossroads.cli.HostileProfile.assertNoRawControls;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import dev.crossroads.analysis.AnalysisSettings;
import dev.crossroads.analysis.Analyzer;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Scenario;
import dev.crossroads.report.ComparisonBuilder;
import dev.crossroads.DisplayWidth;
import dev.crossroads.report.MoneyReport;
import dev.crossroads.report.ProfileComparisonBuilder;
import dev.crossroads.report.TextComparison;
import dev.crossroads.report.TextDecisionSheet;
import dev.crossroads.report.TextProfileComparison;
import dev.crossroads.report.TextStyle;
import dev.crossroads.report.TextSummary;
import dev.crossroads.store.Profile;
import dev.crossroads.store.ProfileCodec;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text renderers on the hostile profile ({@link HostileProfile}) with colour off and on, in
 * both languages, as a terminal would get them: no raw control but the renderers' own colour
 * sequences, the file's own colour sequences nowhere, the controls shown as stand-ins, and every
 * line within the width, because the stand-ins are measured as they are shown.
 */
class HostileTextColourTest {
  private static final Analyzer ANALYZER = Engine.analyzer();
  private static final int WIDTH = 80;

  private static Profile parse(boolean mentor) {
    return ProfileCodec.standard().parseProfile(HostileProfile.json(mentor), "hostile.json");
  }

  private static AppContext app(Messages messages) {
    return new AppContext(
        new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()),
        Map.of(),
        CommandRun.CLOCK,
        messages,
        true,
        false);
  }

  /** Each text renderer, by name, as a function of the language and the style. */
  private static Map<String, Function<TextStyle, String>> renderers(Messages messages) {
    AppContext app = app(messages);
    Profile profile = parse(false);
    Decision decision = profile.resolved();
    AnalysisSettings settings = AnalysisSettings.defaults(AnalysisOptions.DEFAULT_SEED).withDraws(500);
    List<ComparisonBuilder.Variant> variants = new ArrayList<>();
    for (Scenario scenario : decision.scenarios()) {
      Decision under = decision.under(scenario);
      variants.add(new ComparisonBuilder.Variant(scenario, under, ANALYZER.analyze(under, settings)));
    }
    Decision mentor = parse(true).resolved();
    Map<String, Function<TextStyle, String>> all = new LinkedHashMap<>();
    all.put("summary", style -> new TextSummary(messages, style).render(Reports.summary(app, messages, profile)));
    all.put("sheet", style -> new TextDecisionSheet(style).render(Reports.sheet(app, messages, decision)));
    all.put(
        "comparison",
        style ->
            new TextComparison(messages, style)
                .render(
                    new ComparisonBuilder(messages)
                        .build(decision, ANALYZER.analyze(decision, settings), variants)));
    all.put(
        "profile comparison",
        style ->
            new TextProfileComparison(messages, style)
                .render(
                    new ProfileComparisonBuilder(messages)
                        .build(
                            new ProfileComparisonBuilder.Side(
                                "hostile", decision, ANALYZER.analyze(decision, settings)),
                            new ProfileComparisonBuilder.Side(
                                "mentor", mentor, ANALYZER.analyze(mentor, settings)))));
    all.put("money", style -> new MoneyReport(messages, style).render(MoneyPages.of(profile).orElseThrow()));
    all.put("money brief", style -> MoneyPages.brief(profile, messages, style));
    return all;
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
      Messages messages = new Messages(locale);
      renderers(messages)
          .forEach(
              (name, render) -> {
                for (boolean colour : List.of(false, true)) {
                  for (boolean ascii : List.of(false, true)) {
                    TextStyle style = new TextStyle(WIDTH, colour, ascii);
                    cases.add(
                        Arguments.of(
                            name + (colour ? ", colour" : ", no colour") + (ascii ? ", ascii" : "")
                                + " (" + locale + ")",
                            render.apply(style),
                            colour));
                  }
                }
              });
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void onlyTheRenderersOwnColourSequencesReachTheTerminal(String what, String output, boolean colour) {
    assertNoRawControls(what, output, colour);
    if (colour) {
      assertThat(output).as("%s is coloured", what).contains("\u001b[");
    } else {
      assertThat(output).as(what).doesNotContain("\u001b");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theControlsShowAsStandInsAndEveryLineFitsTheWidth(String what, String output, boolean colour) {
    assertThat(output).as(what).containsAnyOf("␛]0;pwned␇", "<U+0080>", "␀");
    for (String line : output.split("\n")) {
      String shown = line.replaceAll("\u001b\\[[0-9;]*m", "");
      assertThat(DisplayWidth.of(shown)).as("%s: %s", what, shown).isLessThanOrEqualTo(WIDTH);
    }
  }
}
