package dev.crossroads.session;

import dev.crossroads.session.ask.Layout;

import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import dev.crossroads.store.Profile;
import java.io.PrintWriter;
import java.util.List;

/**
 * The summary shown before the save: the analysis of the profile the answers make, then the
 * person's gut ranking beside the model's.
 */
public final class SummaryScreen {
  private final Messages messages;
  private final Summarizer summarizer;
  private final int width;
  private final PrintWriter out;

  SummaryScreen(Messages messages, Summarizer summarizer, int width, PrintWriter out) {
    this.messages = messages;
    this.summarizer = summarizer;
    this.width = width;
    this.out = out;
  }

  void show(Profile profile) {
    Decision decision = profile.decision();
    Summarizer.RenderedSummary summary = summarizer.summarize(profile, messages, width);
    out.println(summary.text());
    List<String> gut = decision.meta().gutRanking();
    if (!gut.isEmpty() && !summary.ranking().isEmpty()) {
      // Under --ascii each ranking stays one line, for a screen reader to read whole.
      int columns = messages.ascii() ? 0 : width - 1;
      out.println();
      out.println(messages.get("session.gut.compare.title"));
      // The two rankings continue under their first option, past the "Gut"/"Model" column.
      Layout.wrap("  " + Layout.pad(messages.get("session.gut.compare.gut"), 8)
          + labels(decision, gut), columns, 10).forEach(out::println);
      Layout.wrap("  " + Layout.pad(messages.get("session.gut.compare.model"), 8)
          + labels(decision, summary.ranking()), columns, 10).forEach(out::println);
      // Whether they agree is said once, in the summary's takeaways, from the verdict.
    }
    out.println();
    out.flush();
  }

  private static String labels(Decision d, List<String> ids) {
    return String.join(" > ", ids.stream().map(id -> d.options().stream()
        .filter(o -> o.id().equals(id)).map(Option::label).findFirst().orElse(id)).toList());
  }
}
