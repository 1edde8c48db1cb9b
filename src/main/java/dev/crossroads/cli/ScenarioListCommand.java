package dev.crossroads.cli;

import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.Scenario;
import dev.crossroads.report.Numbers;
import dev.crossroads.report.Table;
import dev.crossroads.store.ProfileName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code crossroads scenario list PROFILE}: the scenarios and what each one changes. */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class ScenarioListCommand extends ProfileCommand {
  @Mixin OutputOptions output = new OutputOptions();

  @Parameters(index = "0", paramLabel = "PROFILE", descriptionKey = "profiles.param.name")
  String profile;

  public ScenarioListCommand(ProfileCommandContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    Messages messages = messages();
    Decision decision = store().load(ProfileName.of(profile)).profile().decision();
    if (decision.scenarios().isEmpty()) {
      return done(messages.get("cli.scenario.none", profile));
    }
    Table table =
        new Table(List.of(Table.Align.LEFT, Table.Align.LEFT, Table.Align.LEFT))
            .header(Headings.of(messages, "cli.scenario.col.name",
                "cli.scenario.col.description", "cli.scenario.col.changes"))
            .wrapping();
    for (Scenario s : decision.scenarios()) {
      table.row(List.of(s.name(), s.description(), changes(messages, decision, s)));
    }
    return done(table.render(output.style(context.app()).width(), ""));
  }

  /**
   * What the scenario sets, in the syntax {@code --set} takes: the weights that differ from the
   * base's, then each rating.
   */
  static String changes(Messages messages, Decision base, Scenario scenario) {
    List<String> parts = new ArrayList<>();
    scenario
        .weights()
        .ifPresent(
            weights -> {
              Map<String, Double> before = ScenarioSettings.startingWeights(base);
              List<String> changed = new ArrayList<>();
              ScenarioSettings.startingWeights(base.withWeights(weights))
                  .forEach(
                      (id, value) -> {
                        if (!Objects.equals(before.get(id), value)) {
                          changed.add(id + " " + Numbers.value(value));
                        }
                      });
              if (!changed.isEmpty()) {
                parts.add(messages.get("scenario.list.weights", String.join(", ", changed)));
              }
            });
    scenario
        .ratings()
        .forEach(
            (option, row) ->
                row.forEach(
                    (criterion, rating) ->
                        parts.add(option + "." + criterion + " " + text(rating))));
    return parts.isEmpty() ? messages.get("scenario.list.none") : String.join("; ", parts);
  }

  private static String text(Rating rating) {
    if (rating instanceof Rating.Range r) {
      return Numbers.value(r.low())
          + ".."
          + (r.likely().isPresent() ? Numbers.value(r.likely().getAsDouble()) + ".." : "")
          + Numbers.value(r.high());
    }
    return Numbers.value(rating.central());
  }
}
