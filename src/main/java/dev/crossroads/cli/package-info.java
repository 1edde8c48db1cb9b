/**
 * The command line: one picocli command class per subcommand, plus {@link dev.crossroads.cli.Main},
 * the only place that ends the process. Commands wire the other packages together and
 * own nothing but their options.
 */
package dev.crossroads.cli;
