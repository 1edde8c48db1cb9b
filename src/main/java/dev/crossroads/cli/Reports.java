package dev.crossroads.cli;

import dev.crossroads.Messages;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.AnalysisSettings;
import dev.crossroads.decision.Decision;
import dev.crossroads.report.DecisionSheet;
import dev.crossroads.report.DecisionSheetBuilder;
import dev.crossroads.report.HtmlDecisionSheet;
import dev.crossroads.report.HtmlSummary;
import dev.crossroads.report.HtmlText;
import dev.crossroads.report.MarkdownDecisionSheet;
import dev.crossroads.report.MarkdownSummary;
import dev.crossroads.report.MarkdownText;
import dev.crossroads.report.Summary;
import dev.crossroads.report.SummaryBuilder;
import dev.crossroads.report.TextStyle;
import dev.crossroads.report.WaysToFindOut;
import dev.crossroads.questions.TemplateBank;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.store.Profile;
import java.util.List;
import java.util.Optional;

/** The analysis of a stored decision in the forms the profile commands show and export. */
final class Reports {
  /** Enough draws to tell a winner in a listing quickly; the full report uses the default. */
  private static final int LISTING_DRAWS = 200;

  private Reports() {}

  static AnalysisResult analyze(Decision decision) {
    return Engine.analyzer()
        .analyze(decision, AnalysisSettings.defaults(AnalysisOptions.DEFAULT_SEED));
  }

  /**
   * The label of the verdict's leader (the weighted-sum winner among the options passing every
   * dealbreaker), or "-" when none passes. Listings use few draws, so they name the leader only,
   * never how sure it is: that takes the full analysis.
   */
  static String winner(Decision decision) {
    AnalysisResult result =
        Engine.analyzer()
            .analyze(
                decision,
                AnalysisSettings.defaults(AnalysisOptions.DEFAULT_SEED).withDraws(LISTING_DRAWS));
    List<String> tied = result.verdict().tied();
    if (!tied.isEmpty()) {
      // A tie has no single first place: name the options level with each other.
      return String.join(" = ", tied.stream().map(id -> label(decision, id)).toList());
    }
    return result
        .verdict()
        .leader()
        .map(id -> label(decision, id))
        .orElse(ProfileCommandContext.NO_WINNER);
  }

  private static String label(Decision decision, String optionId) {
    int i = decision.optionIndex(optionId);
    return i < 0 ? optionId : decision.options().get(i).label();
  }

  /** The summary of a profile: its money view folded in, and said once where money counts. */
  static Summary summary(AppContext app, Messages messages, Profile profile) {
    Decision decision = profile.resolved();
    return summary(app, messages, profile, decision, analyze(decision));
  }

  /** The summary of {@code decision} (the profile's own, or under a scenario) as analysed. */
  static Summary summary(
      AppContext app, Messages messages, Profile profile, Decision decision, AnalysisResult result) {
    return new SummaryBuilder(messages)
        .withMoney(MoneyOverlaps.of(app, profile))
        .withWaysToFindOut(waysToFindOut(app, messages, decision))
        .build(decision, result);
  }

  /** A summary in Markdown, with the profile's money view after it as fixed-width text. */
  static String markdown(Messages messages, Summary summary, Profile profile) {
    String money = MoneyPages.brief(profile, messages, TextStyle.plain(80));
    return new MarkdownSummary(messages).render(summary)
        + (money.isEmpty() ? "" : "\n" + MarkdownText.fenced("text", money));
  }

  /** How to find out a criterion's rating, from the question bank, in the summary's language. */
  static WaysToFindOut waysToFindOut(AppContext app, Messages messages, Decision decision) {
    return new BankWaysToFindOut(
        new TemplateBank(TemplateSources.from(app.env(), Optional.empty())),
        decision.meta().templateId(),
        messages.locale().getLanguage());
  }


  /** The person's own answers, phrased in {@code messages}' language, prompts from the bank. */
  static DecisionSheet sheet(AppContext app, Messages messages, Decision decision) {
    return new DecisionSheetBuilder(messages)
        .build(
            decision,
            ReflectionPrompts.of(
                app, decision.meta().templateId(), messages.locale().getLanguage()));
  }

  static String markdown(AppContext app, Profile profile) {
    Decision decision = profile.resolved();
    Messages messages = app.messagesFor(decision.language());
    return markdown(messages, summary(app, messages, profile), profile)
        + "\n"
        + new MarkdownDecisionSheet().render(sheet(app, messages, decision));
  }

  static String html(AppContext app, Profile profile) {
    Decision decision = profile.resolved();
    Messages messages = app.messagesFor(decision.language());
    String page = new HtmlSummary(messages).render(summary(app, messages, profile));
    String money = MoneyPages.brief(profile, messages, TextStyle.plain(80));
    // The money view keeps its text layout: its tables are aligned for a fixed-width font.
    String moneyBlock =
        money.isEmpty() ? "" : "<pre class=\"money\">" + HtmlText.escape(money) + "</pre>\n";
    String sheet = new HtmlDecisionSheet().render(sheet(app, messages, decision));
    int end = page.lastIndexOf("</main>");
    return page.substring(0, end) + moneyBlock + sheet + page.substring(end);
  }
}
