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
  Summary summarize(Decision decision, Messages messages, int width);

  /**
   * The analysis of a whole profile: summarizers that can show the money view's totals do so;
   * the others analyse its decision alone.
   */
  default Summary summarize(Profile profile, Messages messages, int width) {
    return summarize(profile.decision(), messages, width);
  }

  /** The model's ranking (option ids, best first) and the text to show. */
  record Summary(List<String> ranking, String text) {
    public Summary {
      ranking = List.copyOf(ranking);
    }
  }
}
