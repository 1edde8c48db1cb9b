package dev.crossroads.cli;

import dev.crossroads.TerminalCapabilities;
import dev.crossroads.report.TextStyle;
import picocli.CommandLine.Option;

/**
 * How text output looks: width (the terminal's, else 80), colour (only on a terminal and never
 * under NO_COLOR), and plain ASCII under {@code --ascii}, an option of every command that the
 * run's terminal capabilities already carry.
 */
public final class OutputOptions {
  @Option(names = "--width", paramLabel = "COLUMNS", descriptionKey = "output.width")
  Integer width;

  @Option(names = "--no-color", descriptionKey = "output.noColor")
  boolean noColor;

  TextStyle style(AppContext context) {
    TerminalCapabilities terminal = context.terminal().withOptions(noColor, false);
    return new TextStyle(width != null ? width : terminal.width(), terminal.color(),
        terminal.ascii());
  }
}
