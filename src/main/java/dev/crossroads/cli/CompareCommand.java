package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.analysis.AnalysisSettings;
import dev.crossroads.analysis.Analyzer;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Scenario;
import dev.crossroads.report.Comparison;
import dev.crossroads.report.ComparisonBuilder;
import dev.crossroads.report.JsonComparison;
import dev.crossroads.report.JsonProfileComparison;
import dev.crossroads.report.MarkdownComparison;
import dev.crossroads.report.MarkdownProfileComparison;
import dev.crossroads.report.ProfileComparison;
import dev.crossroads.report.ProfileComparisonBuilder;
import dev.crossroads.report.TextComparison;
import dev.crossroads.report.TextProfileComparison;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crossroads compare PROFILE [SCENARIO...]}: the base decision and its scenarios side by
 * side (all of them when none is named); with {@code --with OTHER}, two profiles of the same
 * decision side by side instead.
 */
@Command(name = "compare", mixinStandardHelpOptions = true)
public final class CompareCommand extends ProfileCommand {
  private static final Set<ReportFormat> FORMATS =
      EnumSet.of(ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.MARKDOWN);

  @Parameters(index = "0", paramLabel = "PROFILE", descriptionKey = "profiles.param.name")
  String profile;

  @Parameters(index = "1..*", paramLabel = "SCENARIO", descriptionKey = "compare.scenarios")
  List<String> scenarioNames = new ArrayList<>();

  @Option(names = "--with", paramLabel = "OTHER", descriptionKey = "compare.with")
  String other;

  @Option(
      names = "--format",
      paramLabel = "text|json|md",
      defaultValue = "text",
      descriptionKey = "compare.format")
  String format;

  private ReportFormat reportFormat;

  @Mixin OutputOptions output = new OutputOptions();

  public CompareCommand(ProfileCommandContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    reportFormat = ReportFormat.parse(format, FORMATS);
    if (other != null && !scenarioNames.isEmpty()) {
      throw new Problem(
          Problem.Kind.USAGE, Message.of("compare.cli.withScenarios", String.join(", ", scenarioNames)));
    }
    ProfileStore store = store();
    Decision base = store.load(ProfileName.of(profile)).decision();
    return printed(other == null ? scenarios(base) : profiles(base, load(store, other)));
  }

  private String scenarios(Decision base) {
    List<Scenario> chosen = new ArrayList<>();
    if (scenarioNames.isEmpty()) {
      chosen.addAll(base.scenarios());
    } else {
      for (String name : scenarioNames) {
        chosen.add(
            base.scenario(name)
                .orElseThrow(
                    () ->
                        new Problem(
                            Problem.Kind.USAGE, Message.of("cli.noSuchScenario", name, profile))));
      }
    }
    Analyzer analyzer = Engine.analyzer();
    List<ComparisonBuilder.Variant> variants = new ArrayList<>();
    for (Scenario scenario : chosen) {
      Decision decision = base.under(scenario);
      variants.add(
          new ComparisonBuilder.Variant(scenario, decision, analyzer.analyze(decision, settings())));
    }
    Messages messages = context.app().messagesFor(base.language());
    Comparison comparison =
        new ComparisonBuilder(messages).build(base, analyzer.analyze(base, settings()), variants);
    return switch (reportFormat) {
      case JSON -> new JsonComparison().render(comparison);
      case MARKDOWN -> new MarkdownComparison(messages).render(comparison);
      default -> new TextComparison(messages, output.style(context.app())).render(comparison);
    };
  }

  private String profiles(Decision left, Other right) {
    sameDecision(left, right.decision());
    Analyzer analyzer = Engine.analyzer();
    Messages messages = context.app().messagesFor(left.language());
    ProfileComparison comparison =
        new ProfileComparisonBuilder(messages)
            .build(
                new ProfileComparisonBuilder.Side(profile, left, analyzer.analyze(left, settings())),
                new ProfileComparisonBuilder.Side(
                    right.name(), right.decision(), analyzer.analyze(right.decision(), settings())));
    return switch (reportFormat) {
      case JSON -> new JsonProfileComparison().render(comparison);
      case MARKDOWN -> new MarkdownProfileComparison(messages).render(comparison);
      default ->
          new TextProfileComparison(messages, output.style(context.app())).render(comparison);
    };
  }

  private static AnalysisSettings settings() {
    // The same draws as analyze and show, so a verdict reads the same wherever it is printed.
    return AnalysisSettings.defaults(AnalysisOptions.DEFAULT_SEED);
  }

  /** Two profiles can be laid side by side only when they name the same options and criteria. */
  private void sameDecision(Decision left, Decision right) {
    check(left.options(), right.options(), dev.crossroads.decision.Option::id, "compare.cli.options");
    check(left.criteria(), right.criteria(), Criterion::id, "compare.cli.criteria");
  }

  private <T> void check(List<T> a, List<T> b, Function<T, String> id, String key) {
    Set<String> left = new TreeSet<>(a.stream().map(id).toList());
    Set<String> right = new TreeSet<>(b.stream().map(id).toList());
    if (!left.equals(right)) {
      throw new Problem(
          Problem.Kind.BAD_DATA,
          Message.of(
              "compare.cli.different",
              profile,
              other,
              Message.of(key, String.join(", ", left), String.join(", ", right))));
    }
  }

  /** The other profile, and the name its column goes by. */
  private record Other(String name, Decision decision) {}

  /** The other profile: a file (by its file name) or a saved profile, as {@link ProfileArgument}. */
  private static Other load(ProfileStore store, String argument) {
    ProfileArgument other = ProfileArgument.load(store, argument);
    return new Other(other.shown(), other.profile().resolved());
  }
}
