package dev.crossroads.cli;

import dev.crossroads.Messages;
import dev.crossroads.TerminalCapabilities;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.AnalysisSettings;
import dev.crossroads.decision.Decision;
import dev.crossroads.money.MoneyOverlap;
import dev.crossroads.questions.TemplateBank;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.report.Summary;
import dev.crossroads.report.SummaryBuilder;
import dev.crossroads.report.TextStyle;
import dev.crossroads.report.TextSummary;
import dev.crossroads.session.Summarizer;
import java.util.Map;
import java.util.Optional;

/**
 * The session's summary screen: the same analysis and text summary as {@code analyze}, so a
 * decision reads the same at the end of a session as it does later.
 */
public final class AnalysisSummarizer implements Summarizer {
  private final Map<String, String> env;
  private final TerminalCapabilities terminal;

  public AnalysisSummarizer(Map<String, String> env, TerminalCapabilities terminal) {
    this.env = Map.copyOf(env);
    this.terminal = terminal;
  }

  /** The summary as plain text, for runs without a terminal. */
  public AnalysisSummarizer(Map<String, String> env) {
    this(env, TerminalCapabilities.none());
  }

  @Override
  public RenderedSummary summarize(
      dev.crossroads.store.Profile profile, Messages messages, int width) {
    RenderedSummary summary =
        summarize(profile.decision(), MoneyOverlaps.of(env, profile), messages, width);
    String money = MoneyPages.brief(profile, messages, style(width));
    return money.isEmpty() ? summary : new RenderedSummary(summary.ranking(), summary.text() + "\n" + money);
  }

  @Override
  public RenderedSummary summarize(Decision decision, Messages messages, int width) {
    return summarize(decision, MoneyOverlap.none(), messages, width);
  }

  private RenderedSummary summarize(Decision decision, MoneyOverlap money, Messages messages, int width) {
    AnalysisResult result =
        Engine.analyzer().analyze(decision, AnalysisSettings.defaults(AnalysisOptions.DEFAULT_SEED));
    Summary summary =
        new SummaryBuilder(messages)
            .withMoney(money)
            .withWaysToFindOut(
                new BankWaysToFindOut(
                    new TemplateBank(TemplateSources.from(env, Optional.empty())),
                    decision.meta().templateId(),
                    messages.locale().getLanguage()))
            .build(decision, result);
    String text = new TextSummary(messages, style(width)).render(summary);
    return new RenderedSummary(result.method("wsm").orElseThrow().order(), text);
  }

  private TextStyle style(int width) {
    return new TextStyle(width, terminal.color(), terminal.ascii());
  }
}
