package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.LimitCheck;
import dev.crossroads.decision.Scenario;
import dev.crossroads.report.Numbers;
import dev.crossroads.report.Table;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crossroads scenario add PROFILE NAME --set ...}: records a "what if" next to the base
 * decision. Without {@code --set} on a terminal it asks for the changes line by line; nothing is
 * saved until the last answer.
 */
@Command(name = "add", mixinStandardHelpOptions = true)
public final class ScenarioAddCommand extends ProfileCommand {
  private final Optional<LinePrompt> prompt;

  @Parameters(index = "0", paramLabel = "PROFILE", descriptionKey = "profiles.param.name")
  String profile;

  @Parameters(index = "1", paramLabel = "NAME", descriptionKey = "scenario.name")
  String name;

  @Option(names = "--set", paramLabel = "KEY=VALUE", descriptionKey = "scenario.set")
  List<String> sets = new ArrayList<>();

  @Option(names = "--description", paramLabel = "TEXT", descriptionKey = "scenario.description")
  String description;

  @Option(names = "--replace", descriptionKey = "scenario.replace")
  boolean replace;

  public ScenarioAddCommand(AppContext app) {
    this(ProfileCommandContext.from(app), LinePrompt.forProcess(app));
  }

  ScenarioAddCommand(ProfileCommandContext context, Optional<LinePrompt> prompt) {
    super(context);
    this.prompt = prompt;
  }

  @Override
  public Integer call() {
    Messages messages = messages();
    ProfileStore store = store();
    ProfileName profileName = ProfileName.of(profile);
    // The decision as written (without a money plan's figures), since that is what is saved.
    Decision decision = store.load(profileName).profile().decision();
    String scenarioName = name.strip();
    if (scenarioName.isEmpty()) {
      throw new Problem(Problem.Kind.USAGE, Message.of("cli.scenario.blankName"));
    }
    if (decision.scenario(scenarioName).isPresent() && !replace) {
      throw new Problem(
          Problem.Kind.CANNOT_CREATE, Message.of("cli.scenario.exists", scenarioName, profile));
    }
    Scenario scenario;
    ScenarioSettings settings = new ScenarioSettings(decision);
    if (sets.isEmpty()) {
      LinePrompt lines =
          prompt.orElseThrow(() -> new Problem(Problem.Kind.USAGE, Message.of("cli.scenario.needsSet")));
      Optional<Scenario> asked = ask(messages, lines, decision, settings, scenarioName);
      if (asked.isEmpty()) {
        print(messages.get("scenario.add.nothing"));
        return ExitCode.OK;
      }
      scenario = asked.get();
    } else {
      sets.forEach(settings::apply);
      scenario = settings.scenario(scenarioName, description == null ? "" : description.strip());
    }
    Scenario added = scenario;
    // Prompting happens before the lock is taken; the change itself is applied to the profile as
    // it is on disk under the lock, so a scenario saved meanwhile by another process is kept.
    store.update(
        profileName,
        current -> {
          if (current.scenario(scenarioName).isPresent() && !replace) {
            throw new Problem(
                Problem.Kind.CANNOT_CREATE, Message.of("cli.scenario.exists", scenarioName, profile));
          }
          List<Scenario> scenarios = new ArrayList<>();
          for (Scenario s : current.scenarios()) {
            scenarios.add(s.name().equals(scenarioName) ? added : s);
          }
          if (current.scenario(scenarioName).isEmpty()) {
            scenarios.add(added);
          }
          Decision changed = current.withScenarios(scenarios);
          // Within the limits a profile file is read with (the 51st scenario, a name of 201
          // characters), so what is saved can always be opened again.
          LimitCheck.check(changed);
          return changed;
        });
    print(messages.get("cli.scenario.added", scenarioName, profile));
    WeightOverrideNote.of(decision, scenario, settings.weightsSet(), messages).ifPresent(this::print);
    return ExitCode.OK;
  }

  /**
   * Asks for one change a line until an empty line; a change that does not fit the decision is
   * explained and asked again. Empty when the person gave no change.
   */
  private Optional<Scenario> ask(Messages messages, LinePrompt lines, Decision decision,
      ScenarioSettings settings, String scenarioName) {
    PrintWriter out = out();
    out.println(messages.get("scenario.add.intro", scenarioName));
    out.println("  " + messages.get("scenario.add.weights", current(decision)));
    Table criteria = new Table(List.of(Table.Align.LEFT, Table.Align.LEFT));
    decision.criteria().forEach(c -> criteria.row(List.of(c.id(), c.label())));
    criteria.render(Integer.MAX_VALUE, "    ").forEach(out::println);
    out.println("  " + messages.get("scenario.add.ratings"));
    Table options = new Table(List.of(Table.Align.LEFT, Table.Align.LEFT));
    decision.options().forEach(o -> options.row(List.of(o.id(), o.label())));
    options.render(Integer.MAX_VALUE, "    ").forEach(out::println);
    out.println("  " + messages.get("scenario.add.example", example(decision)));
    while (true) {
      String line = lines.read("> ").orElseThrow(ScenarioAddCommand::cancelled).strip();
      if (line.isEmpty()) {
        break;
      }
      try {
        settings.apply(line.startsWith("--set ") ? line.substring(6).strip() : line);
      } catch (Problem f) {
        out.println("  " + messages.get(f.userMessage()));
      }
    }
    if (settings.isEmpty()) {
      return Optional.empty();
    }
    String text = description;
    if (text == null) {
      text = lines.read(messages.get("scenario.add.description")).orElseThrow(ScenarioAddCommand::cancelled);
    }
    return Optional.of(settings.scenario(scenarioName, text.strip()));
  }

  private static Problem cancelled() {
    return new Problem(Problem.Kind.CANCELLED, Message.of("cli.scenario.cancelled"));
  }

  /** How the weights read now, in the units a {@code weight.} assignment sets. */
  private static String current(Decision decision) {
    var weights = ScenarioSettings.startingWeights(decision);
    return decision.criteria().stream()
        .filter(c -> weights.containsKey(c.id()))
        .map(c -> c.id() + "=" + Numbers.value(weights.get(c.id())))
        .collect(Collectors.joining(", "));
  }

  private static String example(Decision decision) {
    String option = decision.options().isEmpty() ? "OPTION" : decision.options().get(0).id();
    String criterion = decision.criteria().isEmpty() ? "CRITERION" : decision.criteria().get(0).id();
    return "weight." + criterion + "=30, rating." + option + "." + criterion + "=6..8";
  }

  /** A sentence wrapped at spaces to 80 columns: the notes here run longer than a line. */
  private void print(String text) {
    dev.crossroads.report.Wrap.lines(text, 80, "", "  ").forEach(out()::println);
    out().flush();
  }
}
