package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.AnalysisSettings;
import dev.crossroads.decision.Decision;
import dev.crossroads.report.JsonReport;
import dev.crossroads.report.Summary;
import dev.crossroads.report.TextStyle;
import dev.crossroads.report.TextSummary;
import dev.crossroads.store.Profile;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crossroads analyze PROFILE}: the whole analysis of a profile file or a saved profile, as
 * text, JSON or Markdown.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true)
public final class AnalyzeCommand extends ProfileCommand {
  private static final Set<ReportFormat> FORMATS =
      EnumSet.of(ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.MARKDOWN);

  @Parameters(index = "0", paramLabel = "PROFILE", descriptionKey = "analyze.file")
  String profileArgument;

  @Option(names = "--format", paramLabel = "text|json|md", defaultValue = "text", descriptionKey = "analyze.format")
  String format;

  @Option(names = "--scenario", paramLabel = "NAME", descriptionKey = "analyze.scenario")
  String scenario;

  @Mixin AnalysisOptions analysis;

  @Mixin OutputOptions output;

  public AnalyzeCommand(ProfileCommandContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    ReportFormat chosen = ReportFormat.parse(format, FORMATS);
    // resolved(): a criterion the money view feeds is rated from it, so money moves the ranking.
    Profile profile = ProfileArgument.load(store(), profileArgument).profile();
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
    AppContext app = context.app();
    Messages messages = app.messagesFor(decision.language());
    AnalysisSettings settings = analysis.settings();
    AnalysisResult result = Engine.analyzer().analyze(decision, settings);
    String text =
        switch (chosen) {
          case JSON -> new JsonReport().render(decision, result);
          case MARKDOWN -> Reports.markdown(
              messages, Reports.summary(app, messages, profile, decision, result), profile);
          default -> {
            Summary summary = Reports.summary(app, messages, profile, decision, result);
            TextStyle style = output.style(app);
            String money = MoneyPages.brief(profile, messages, style);
            yield new TextSummary(messages, style).render(summary)
                + (money.isEmpty() ? "" : "\n" + money);
          }
        };
    return printed(text);
  }
}
