/**
 * The command line: one picocli command class per subcommand, plus {@link dev.crossroads.cli.Main},
 * the only place that ends the process. Commands wire the other packages together and
 * own nothing but their options. Only here does the kind of a {@link dev.crossroads.Problem}
 * become an exit code ({@link dev.crossroads.cli.ExitCode}); no other package knows the numbers.
 */
package dev.crossroads.cli;
