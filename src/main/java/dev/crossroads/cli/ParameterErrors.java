package dev.crossroads.cli;

import dev.crossroads.TerminalText;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * picocli's own report of a command line it cannot parse (the message, then suggestions or the
 * usage), with one change: the message quotes what was typed, and an argument can come from a
 * script or a file name as easily as from a keyboard, so it is cleaned of terminal controls.
 */
final class ParameterErrors implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(commandLine.getColorScheme().errorText(TerminalText.clean(e.getMessage())));
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      commandLine.usage(err, commandLine.getColorScheme());
    }
    CommandLine.IExitCodeExceptionMapper mapper = commandLine.getExitCodeExceptionMapper();
    return mapper != null
        ? mapper.getExitCode(e)
        : commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }
}
