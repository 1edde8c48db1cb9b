package dev.crossroads.session;

import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.store.Profile;
import java.util.List;

/**
 * The summary screen: what the analysis says about a finished decision. The session adds the
 * comparison with the gut ranking itself.
 */
public interface Summarizer {

  /** The analysis of {@code decision}, as text no wider than {@code width} columns. */
  RenderedSummary summarize(Decision decision, Messages messages, int width);

  /**
   * The analysis of a whole profile: summarizers that can show the money view's totals do so;
   * the others analyse its decision alone.
   */
  default RenderedSummary summarize(Profile profile, Messages messages, int width) {
    return summarize(profile.decision(), messages, width);
  }

  /**
   * The summary as the screen shows it: the text already laid out, and the model's ranking
   * (option ids, best first) for the comparison with the gut ranking. What the summary says
   * before it is laid out is {@link dev.crossroads.report.Summary}.
   */
  record RenderedSummary(List<String> ranking, String text) {
    public RenderedSummary {
      ranking = List.copyOf(ranking);
    }
  }
}
