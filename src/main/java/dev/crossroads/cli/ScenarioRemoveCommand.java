package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossroads scenario remove PROFILE NAME}: asks first, unless {@code --yes}. */
@Command(name = "remove", mixinStandardHelpOptions = true)
public final class ScenarioRemoveCommand implements Callable<Integer> {
  private final ProfileCommandContext context;

  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "PROFILE", descriptionKey = "profiles.param.name")
  String profile;

  @Parameters(index = "1", paramLabel = "NAME", descriptionKey = "scenario.name")
  String name;

  @Option(names = {"-y", "--yes"}, descriptionKey = "scenario.yes")
  boolean yes;

  public ScenarioRemoveCommand(AppContext app) {
    this(ProfileCommandContext.from(app));
  }

  public ScenarioRemoveCommand(ProfileCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Messages messages = context.messages();
    ProfileStore store = context.store().apply(home.value());
    ProfileName profileName = ProfileName.of(profile);
    Decision decision = store.load(profileName).profile().decision();
    if (decision.scenario(name).isEmpty()) {
      throw new Problem(Problem.Kind.USAGE, Message.of("cli.noSuchScenario", name, profile));
    }
    if (!yes) {
      boolean confirmed =
          context
              .confirmation()
              .ask(messages.get("cli.scenario.confirmRemove", name, profile))
              .orElseThrow(
                  () -> new Problem(Problem.Kind.USAGE, Message.of("cli.scenario.needsYes", name)));
      if (!confirmed) {
        context.app().out().println(messages.get("cli.scenario.kept", name));
        context.app().out().flush();
        return ExitCode.OK;
      }
    }
    store.update(
        profileName,
        current ->
            current.withScenarios(
                current.scenarios().stream().filter(s -> !s.name().equals(name)).toList()));
    context.app().out().println(messages.get("cli.scenario.removed", name, profile));
    context.app().out().flush();
    return ExitCode.OK;
  }
}
