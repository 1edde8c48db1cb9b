package dev.crossroads.cli;

import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.analysis.AnalysisSettings;
import dev.crossroads.analysis.Analyzer;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Scenario;
import dev.crossroads.report.Comparison;
import dev.crossroads.report.ComparisonBuilder;
import dev.crossroads.report.JsonComparison;
import dev.crossroads.report.MarkdownComparison;
import dev.crossroads.report.TextComparison;
import dev.crossroads.store.ProfileName;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crossroads compare PROFILE [SCENARIO...]}: the base decision and its scenarios side by
 * side (all of them when none is named).
 */
@Command(name = "compare", mixinStandardHelpOptions = true)
public final class CompareCommand implements Callable<Integer> {
  enum Format {
    text,
    json,
    markdown
  }

  private final ProfileCommandContext context;

  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "PROFILE", descriptionKey = "profiles.param.name")
  String profile;

  @Parameters(index = "1..*", paramLabel = "SCENARIO", descriptionKey = "compare.scenarios")
  List<String> scenarioNames = new ArrayList<>();

  @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text", descriptionKey = "analyze.format")
  Format format;

  @Option(names = "--with", paramLabel = "OTHER", descriptionKey = "compare.with")
  String with;

  @Mixin AnalysisOptions analysis;

  @Mixin OutputOptions output;

  public CompareCommand(AppContext app) {
    this(ProfileCommandContext.from(app));
  }

  public CompareCommand(ProfileCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Decision base =
        context.store().apply(home.value()).load(ProfileName.of(profile)).profile().resolved();
    Messages messages = context.app().messagesFor(base.language());
    if (with != null) {
      return compareWith(base, messages);
    }
    List<Scenario> chosen = new ArrayList<>();
    if (scenarioNames.isEmpty()) {
      chosen.addAll(base.scenarios());
    } else {
      for (String name : scenarioNames) {
        chosen.add(
            base.scenario(name)
                .orElseThrow(
                    () -> new Failure(ExitCode.USAGE, Message.of("cli.noSuchScenario", name, profile))));
      }
    }
    AnalysisSettings settings = analysis.settings();
    Analyzer analyzer = Engine.analyzer();
    List<ComparisonBuilder.Variant> variants = new ArrayList<>();
    for (Scenario scenario : chosen) {
      Decision decision = base.under(scenario);
      variants.add(new ComparisonBuilder.Variant(scenario, decision, analyzer.analyze(decision, settings)));
    }
    Comparison comparison =
        new ComparisonBuilder(messages).build(base, analyzer.analyze(base, settings), variants);
    String text =
        switch (format) {
          case json -> new JsonComparison().render(comparison);
          case markdown -> new MarkdownComparison(messages).render(comparison);
          case text -> new TextComparison(messages, output.style(context.app())).render(comparison);
        };
    context.app().out().print(text);
    context.app().out().flush();
    return ExitCode.OK;
  }

  /** Two profiles of the same decision: a stored name or a file for the other one. */
  private int compareWith(Decision base, Messages messages) {
    java.nio.file.Path asFile = java.nio.file.Path.of(with);
    boolean isFile = with.contains("/") || with.endsWith(".json");
    Decision other =
        isFile
            ? new dev.crossroads.store.ProfileReader().readProfile(asFile).resolved()
            : context.store().apply(home.value()).load(ProfileName.of(with)).profile().resolved();
    // A file is named by its file name in the columns: the full path would crowd the table out.
    String otherName = isFile ? String.valueOf(asFile.getFileName()) : with;
    AnalysisSettings settings = analysis.settings();
    Analyzer analyzer = Engine.analyzer();
    var views =
        new dev.crossroads.report.TwoViewsBuilder(messages)
            .build(profile, base, analyzer.analyze(base, settings), otherName, other, analyzer.analyze(other, settings));
    String text =
        format == Format.json
            ? new dev.crossroads.report.JsonTwoViews().render(views)
            : new dev.crossroads.report.TextTwoViews(messages, output.style(context.app())).render(views);
    context.app().out().print(text);
    context.app().out().flush();
    return ExitCode.OK;
  }
}
