package dev.crossroads.cli;

import dev.crossroads.ExitCode;
import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Scenario;
import dev.crossroads.report.Table;
import dev.crossroads.store.ProfileName;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code crossroads scenario list PROFILE}: the scenarios and what each one changes. */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class ScenarioListCommand implements Callable<Integer> {
  private final ProfileCommandContext context;

  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "PROFILE", descriptionKey = "profiles.param.name")
  String profile;

  public ScenarioListCommand(AppContext app) {
    this(ProfileCommandContext.from(app));
  }

  public ScenarioListCommand(ProfileCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Messages messages = context.messages();
    Decision decision =
        context.store().apply(home.value()).load(ProfileName.of(profile)).profile().decision();
    var out = context.app().out();
    if (decision.scenarios().isEmpty()) {
      out.println(messages.get("cli.scenario.none", profile));
      out.flush();
      return ExitCode.OK;
    }
    Table table =
        new Table(List.of(Table.Align.LEFT, Table.Align.LEFT, Table.Align.LEFT))
            .header(
                List.of(
                    messages.get("cli.scenario.col.name"),
                    messages.get("cli.scenario.col.description"),
                    messages.get("cli.scenario.col.changes")));
    for (Scenario s : decision.scenarios()) {
      table.row(List.of(s.name(), s.description(), changes(messages, s)));
    }
    table.render(Integer.MAX_VALUE, "").forEach(out::println);
    out.flush();
    return ExitCode.OK;
  }

  static String changes(Messages messages, Scenario scenario) {
    List<String> parts = new ArrayList<>();
    if (scenario.weights().isPresent()) {
      parts.add(messages.get("cli.scenario.changesWeights"));
    }
    int cells = scenario.ratings().values().stream().mapToInt(java.util.Map::size).sum();
    if (cells > 0) {
      parts.add(messages.get("cli.scenario.changesRatings", cells));
    }
    return String.join(", ", parts);
  }
}
