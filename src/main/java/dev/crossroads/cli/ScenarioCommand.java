package dev.crossroads.cli;

import picocli.CommandLine.Command;

/** {@code crossroads scenario}: the "what if" variants of a profile. */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    subcommands = {ScenarioAddCommand.class, ScenarioListCommand.class, ScenarioRemoveCommand.class})
public final class ScenarioCommand {}
