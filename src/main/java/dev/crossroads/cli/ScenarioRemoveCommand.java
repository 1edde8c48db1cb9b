package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.decision.Decision;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossroads scenario remove PROFILE NAME}: asks first, unless {@code --yes}. */
@Command(name = "remove", mixinStandardHelpOptions = true)
public final class ScenarioRemoveCommand extends ProfileCommand {
  @Parameters(index = "0", paramLabel = "PROFILE", descriptionKey = "profiles.param.name")
  String profile;

  @Parameters(index = "1", paramLabel = "NAME", descriptionKey = "scenario.name")
  String name;

  @Option(names = {"-y", "--yes"}, descriptionKey = "scenario.yes")
  boolean yes;

  public ScenarioRemoveCommand(ProfileCommandContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    ProfileStore store = store();
    ProfileName profileName = ProfileName.of(profile);
    Decision decision = store.load(profileName).profile().decision();
    if (decision.scenario(name).isEmpty()) {
      throw new Problem(Problem.Kind.USAGE, Message.of("cli.noSuchScenario", name, profile));
    }
    if (!yes
        && !context.confirmed(
            Message.of("cli.scenario.confirmRemove", name, profile),
            Message.of("cli.scenario.needsYes", name))) {
      return done(messages().get("cli.scenario.kept", name));
    }
    store.update(
        profileName,
        current ->
            current.withScenarios(
                current.scenarios().stream().filter(s -> !s.name().equals(name)).toList()));
    return done(messages().get("cli.scenario.removed", name, profile));
  }
}
