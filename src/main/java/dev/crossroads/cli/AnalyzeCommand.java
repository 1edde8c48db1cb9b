package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.AnalysisSettings;
import dev.crossroads.decision.Decision;
import dev.crossroads.report.JsonReport;
import dev.crossroads.report.MarkdownSummary;
import dev.crossroads.report.MarkdownText;
import dev.crossroads.report.Summary;
import dev.crossroads.report.SummaryBuilder;
import dev.crossroads.report.TextStyle;
import dev.crossroads.report.TextSummary;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crossroads analyze PROFILE}: the whole analysis of a profile file or a saved profile, as
 * text, JSON or Markdown.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true)
public final class AnalyzeCommand implements Callable<Integer> {
  private static final Set<ReportFormat> FORMATS =
      EnumSet.of(ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.MARKDOWN);

  @Parameters(index = "0", paramLabel = "PROFILE", descriptionKey = "analyze.file")
  String profileArgument;

  @Mixin HomeOption home;

  @Option(names = "--format", paramLabel = "text|json|md", defaultValue = "text", descriptionKey = "analyze.format")
  String format;

  @Option(names = "--scenario", paramLabel = "NAME", descriptionKey = "analyze.scenario")
  String scenario;

  @Mixin AnalysisOptions analysis;

  @Mixin OutputOptions output;

  private final AppContext context;

  public AnalyzeCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ReportFormat chosen = ReportFormat.parse(format, FORMATS);
    // resolved(): a criterion the money view feeds is rated from it, so money moves the ranking.
    dev.crossroads.store.Profile profile =
        ProfileArgument.load(context, home.value(), profileArgument).profile();
    Decision decision = profile.resolved();
    if (scenario != null) {
      Decision base = decision;
      decision =
          decision
              .scenario(scenario)
              .map(base::under)
              .orElseThrow(
                  () ->
                      new Problem(
                          Problem.Kind.USAGE,
                          Message.of("cli.noSuchScenario", scenario, profileArgument)));
    }
    Messages messages = context.messagesFor(decision.language());
    AnalysisSettings settings = analysis.settings();
    AnalysisResult result = Engine.analyzer().analyze(decision, settings);
    String text =
        switch (chosen) {
          case JSON -> new JsonReport().render(decision, result);
          case MARKDOWN -> {
            Summary summary =
                new SummaryBuilder(messages)
                    .withMoney(MoneyOverlaps.of(context, profile))
                    .withWaysToFindOut(Reports.waysToFindOut(context, messages, decision))
                    .build(decision, result);
            String money = MoneyPages.brief(profile, messages, TextStyle.plain(80));
            yield new MarkdownSummary(messages).render(summary)
                + (money.isEmpty() ? "" : "\n" + MarkdownText.fenced("text", money));
          }
          default -> {
            Summary summary =
                new SummaryBuilder(messages)
                    .withMoney(MoneyOverlaps.of(context, profile))
                    .withWaysToFindOut(Reports.waysToFindOut(context, messages, decision))
                    .build(decision, result);
            TextStyle style = output.style(context);
            String money = MoneyPages.brief(profile, messages, style);
            yield new TextSummary(messages, style).render(summary)
                + (money.isEmpty() ? "" : "\n" + money);
          }
        };
    context.out().print(text);
    context.out().flush();
    return ExitCode.OK;
  }
}
