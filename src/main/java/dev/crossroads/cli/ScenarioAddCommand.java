package dev.crossroads.cli;

import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Scenario;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import dev.crossroads.store.SaveMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crossroads scenario add PROFILE NAME --set ...}: records a "what if" next to the base
 * decision. Without {@code --set} on a terminal it asks for the assignments line by line.
 */
@Command(name = "add", mixinStandardHelpOptions = true)
public final class ScenarioAddCommand implements Callable<Integer> {
  private final ProfileCommandContext context;

  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "PROFILE", descriptionKey = "profiles.param.name")
  String profile;

  @Parameters(index = "1", paramLabel = "NAME", descriptionKey = "scenario.name")
  String name;

  @Option(names = "--set", paramLabel = "KEY=VALUE", descriptionKey = "scenario.set")
  List<String> sets = new ArrayList<>();

  @Option(names = "--description", paramLabel = "TEXT", descriptionKey = "scenario.description")
  String description = "";

  @Option(names = "--replace", descriptionKey = "scenario.replace")
  boolean replace;

  public ScenarioAddCommand(AppContext app) {
    this(ProfileCommandContext.from(app));
  }

  public ScenarioAddCommand(ProfileCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Messages messages = context.messages();
    ProfileStore store = context.store().apply(home.value());
    ProfileName profileName = ProfileName.of(profile);
    Decision decision = store.load(profileName).profile().decision();
    if (name.isBlank()) {
      throw new Failure(ExitCode.USAGE, Message.of("cli.scenario.blankName"));
    }
    boolean exists = decision.scenario(name).isPresent();
    if (exists && !replace) {
      throw new Failure(ExitCode.CANT_CREATE, Message.of("cli.scenario.exists", name, profile));
    }
    List<String> assignments = sets.isEmpty() ? ask(messages, decision) : sets;
    Scenario scenario = ScenarioSettings.build(decision, name, description, assignments);
    List<Scenario> scenarios = new ArrayList<>();
    for (Scenario s : decision.scenarios()) {
      if (!s.name().equals(name)) {
        scenarios.add(s);
      }
    }
    scenarios.add(scenario);
    store.save(profileName, decision.withScenarios(scenarios), SaveMode.REPLACE);
    context.app().out().println(messages.get("cli.scenario.added", name, profile));
    context.app().out().flush();
    return ExitCode.OK;
  }

  /** Line by line on a terminal; without one there is nobody to ask. */
  private List<String> ask(Messages messages, Decision decision) {
    if (System.console() == null) {
      throw new Failure(ExitCode.USAGE, Message.of("cli.scenario.needsSet"));
    }
    var out = context.app().out();
    out.println(messages.get("cli.scenario.prompt"));
    decision.criteria().forEach(c -> out.println("  weight." + c.id() + "    " + c.label()));
    decision.options().forEach(o -> out.println("  rating." + o.id() + ".<criterion>    " + o.label()));
    out.flush();
    List<String> lines = new ArrayList<>();
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(context.app().in(), StandardCharsets.UTF_8));
    try {
      while (true) {
        out.print("> ");
        out.flush();
        String line = reader.readLine();
        if (line == null) {
          // Ctrl-D before an empty line: leave without saving anything.
          throw new Failure(ExitCode.INTERRUPTED, Message.of("cli.scenario.cancelled"));
        }
        if (line.isBlank()) {
          break;
        }
        lines.add(line.trim());
      }
    } catch (IOException e) {
      throw new Failure(ExitCode.IO, Message.of("cli.scenario.cancelled"), e);
    }
    if (lines.isEmpty()) {
      throw new Failure(ExitCode.USAGE, Message.of("cli.scenario.needsSet"));
    }
    return lines;
  }
}
