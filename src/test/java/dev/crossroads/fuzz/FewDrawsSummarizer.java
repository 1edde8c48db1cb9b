package dev.crossroads.fuzz;

import dev.crossroads.Messages;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.AnalysisSettings;
import dev.crossroads.analysis.Analyzer;
import dev.crossroads.decision.Decision;
import dev.crossroads.method.Topsis;
import dev.crossroads.method.WeightedProduct;
import dev.crossroads.method.WeightedSum;
import dev.crossroads.report.SummaryBuilder;
import dev.crossroads.report.TextStyle;
import dev.crossroads.report.TextSummary;
import dev.crossroads.session.Summarizer;
import dev.crossroads.store.Profile;

/**
 * The session's summary as the command line makes it (cli.AnalysisSummarizer), with 200 draws
 * instead of 10,000: the fuzzer plays many sessions, and the draws change no code path.
 */
final class FewDrawsSummarizer implements Summarizer {
  private final Analyzer analyzer =
      new Analyzer(java.util.List.of(new WeightedSum(), new WeightedProduct(), new Topsis()));

  @Override
  public RenderedSummary summarize(Profile profile, Messages messages, int width) {
    return summarize(profile.resolved(), messages, width);
  }

  @Override
  public RenderedSummary summarize(Decision decision, Messages messages, int width) {
    AnalysisResult result = analyzer.analyze(decision, new AnalysisSettings(14, 200, 0.02, 1));
    String text =
        new TextSummary(messages, TextStyle.plain(width))
            .render(new SummaryBuilder(messages).build(decision, result));
    return new RenderedSummary(result.method("wsm").orElseThrow().order(), text);
  }
}
