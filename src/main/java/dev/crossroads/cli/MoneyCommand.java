package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.money.MoneyPlan;
import dev.crossroads.money.MoneySettings;
import dev.crossroads.questions.Facts;
import dev.crossroads.report.DatedNote;
import dev.crossroads.report.MoneyJson;
import dev.crossroads.report.MoneyPage;
import dev.crossroads.report.MoneyReport;
import dev.crossroads.store.Profile;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code crossroads money PROFILE}: the profile's money view (year by year, a chart of cumulative
 * net income, break-even bands) with the dated facts that may matter, as text or JSON.
 */
@Command(name = "money", mixinStandardHelpOptions = true)
public final class MoneyCommand extends ProfileCommand {
  private static final Set<ReportFormat> FORMATS = EnumSet.of(ReportFormat.TEXT, ReportFormat.JSON);

  @Parameters(index = "0", paramLabel = "PROFILE", descriptionKey = "money.profile")
  String profileArgument;

  @picocli.CommandLine.Option(names = "--horizon", paramLabel = "YEARS", descriptionKey = "money.horizon")
  Integer horizon;

  @picocli.CommandLine.Option(names = "--discount", paramLabel = "RATE", descriptionKey = "money.discount")
  Double discount;

  @picocli.CommandLine.Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "money.format")
  String format;

  @picocli.CommandLine.Option(names = "--facts", paramLabel = "TOPICS", split = ",", descriptionKey = "money.facts")
  List<String> factTopics;

  @Mixin OutputOptions output;

  public MoneyCommand(ProfileCommandContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    ReportFormat chosen = ReportFormat.parse(format, FORMATS);
    Profile profile = ProfileArgument.load(store(), profileArgument).profile();
    MoneyPlan plan = profile.money().orElseThrow(this::noMoney);
    MoneySettings settings = settings(plan.settings());
    Messages messages = context.app().messagesFor(profile.decision().language());
    String language = messages.locale().getLanguage();
    MoneyPage page =
        MoneyPages.of(profile, settings, () -> facts(plan, language)).orElseThrow(this::noMoney);
    String text = chosen == ReportFormat.JSON
        ? new MoneyJson().render(page, language)
        : new MoneyReport(messages, output.style(context.app())).render(page);
    return printed(text);
  }

  /** The plan's settings with --horizon and --discount, each checked, in their place. */
  private MoneySettings settings(MoneySettings settings) {
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
    return settings;
  }

  private Problem noMoney() {
    return new Problem(Problem.Kind.BAD_DATA, Message.of("money.cli.noMoney", profileArgument));
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
}
