package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import dev.crossroads.money.MoneyAnalysis;
import dev.crossroads.money.MoneyModel;
import dev.crossroads.money.MoneyPlan;
import dev.crossroads.money.MoneyResult;
import dev.crossroads.money.MoneySettings;
import dev.crossroads.questions.Facts;
import dev.crossroads.report.DatedNote;
import dev.crossroads.report.MoneyJson;
import dev.crossroads.report.MoneyPage;
import dev.crossroads.report.MoneyReport;
import dev.crossroads.store.Profile;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code crossroads money PROFILE}: the profile's money view (year by year, a chart of cumulative
 * net income, break-even bands) with the dated facts that may matter, as text or JSON.
 */
@Command(name = "money", mixinStandardHelpOptions = true)
public final class MoneyCommand implements Callable<Integer> {
  private static final Set<ReportFormat> FORMATS = EnumSet.of(ReportFormat.TEXT, ReportFormat.JSON);

  @Parameters(index = "0", paramLabel = "PROFILE", descriptionKey = "money.profile")
  String profileArgument;

  @Mixin HomeOption home;

  @picocli.CommandLine.Option(names = "--horizon", paramLabel = "YEARS", descriptionKey = "money.horizon")
  Integer horizon;

  @picocli.CommandLine.Option(names = "--discount", paramLabel = "RATE", descriptionKey = "money.discount")
  Double discount;

  @picocli.CommandLine.Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "money.format")
  String format;

  @picocli.CommandLine.Option(names = "--facts", paramLabel = "TOPICS", split = ",", descriptionKey = "money.facts")
  List<String> factTopics;

  @Mixin OutputOptions output;

  private final AppContext context;

  public MoneyCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ReportFormat chosen = ReportFormat.parse(format, FORMATS);
    Profile profile = profile();
    Decision decision = profile.decision();
    MoneyPlan plan = profile.money().orElseThrow(
        () -> new Problem(Problem.Kind.BAD_DATA, Message.of("money.cli.noMoney", profileArgument)));
    MoneySettings settings = plan.settings();
    if (horizon != null) {
      if (horizon < 1 || horizon > 100) {
        throw new Problem(Problem.Kind.USAGE, Message.of("money.cli.badHorizon", horizon));
      }
      settings = settings.withHorizon(horizon);
    }
    if (discount != null) {
      if (!(discount >= 0 && discount <= 1)) {
        throw new Problem(Problem.Kind.USAGE, Message.of("money.cli.badDiscount", String.valueOf(discount)));
      }
      settings = settings.withDiscountRate(discount);
    }
    Map<String, MoneyModel> models = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (Option option : decision.options()) {
      labels.put(option.id(), option.label());
      MoneyModel model = plan.models().get(option.id());
      if (model != null) {
        models.put(option.id(), model);
      }
    }
    if (models.isEmpty()) {
      throw new Problem(Problem.Kind.BAD_DATA, Message.of("money.cli.noMoney", profileArgument));
    }
    MoneyResult result = MoneyAnalysis.analyze(models, settings);
    Messages messages = context.messagesFor(decision.language());
    String language = messages.locale().getLanguage();
    Optional<MoneyPage.Feeds> feeds = plan.criterion().map(id -> new MoneyPage.Feeds(id,
        decision.criteria().stream().filter(c -> c.id().equals(id)).map(Criterion::label)
            .findFirst().orElse(id),
        plan.discounted()));
    MoneyPage page = new MoneyPage(decision.title(), labels, models, result, feeds,
        facts(plan, language));
    String text = chosen == ReportFormat.JSON
        ? new MoneyJson().render(page, language)
        : new MoneyReport(messages, output.style(context)).render(page);
    context.out().print(text);
    context.out().flush();
    return ExitCode.OK;
  }

  /** The dated facts on the plan's topics (or --facts; "none" shows none), in the reader's language. */
  private List<DatedNote> facts(MoneyPlan plan, String language) {
    List<String> topics = factTopics == null ? plan.factTopics() : factTopics;
    if (topics.isEmpty() || topics.equals(List.of("none"))) {
      return List.of();
    }
    return Facts.builtIn().about(topics).stream()
        .map(f -> new DatedNote(f.id(), f.asOf(), f.text(language), f.source(language)))
        .toList();
  }

  private Profile profile() {
    return ProfileArgument.load(context, home.value(), profileArgument).profile();
  }
}
