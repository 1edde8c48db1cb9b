package dev.crossroads.cli;

import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.TerminalText;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse, told in the interface's language: what was wrong (read
 * from the exception's kind and parts, since picocli's own sentences are English), a suggestion
 * when picocli has one, the command's synopsis and where its full help is. What was typed is
 * quoted, and it can come from a script or a file name as easily as from a keyboard, so it is
 * cleaned of terminal controls.
 */
final class ParameterErrors implements CommandLine.IParameterExceptionHandler {
  private final Messages messages;

  ParameterErrors(Messages messages) {
    this.messages = messages;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(commandLine.getColorScheme().errorText(TerminalText.clean(messages.get(problem(e, args)))));
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
      List<String> suggestions = unmatched.getSuggestions();
      boolean options = suggestions.get(0).startsWith("-");
      String name = commandLine.getCommandSpec().qualifiedName();
      err.println(TerminalText.clean(messages.get(
          options ? "cli.usage.didYouMeanOption" : "cli.usage.didYouMean",
          suggestions.stream().map(s -> options ? s : name + " " + s)
              .collect(Collectors.joining(", ")))));
    }
    Help help = commandLine.getHelp();
    err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
    err.println(messages.get("cli.usage.seeHelp", commandLine.getCommandSpec().qualifiedName()));
    CommandLine.IExitCodeExceptionMapper mapper = commandLine.getExitCodeExceptionMapper();
    return mapper != null
        ? mapper.getExitCode(e)
        : commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static Message problem(ParameterException e, String[] args) {
    if (e instanceof UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      String first = unmatched.isEmpty() ? "" : unmatched.get(0);
      if (first.startsWith("-")) {
        return Message.of("cli.usage.unknownOption", quoted(unmatched), unmatched.size());
      }
      if (!u.getCommandLine().getSubcommands().isEmpty()) {
        return Message.of("cli.usage.unknownCommand", quoted(List.of(first)));
      }
      return Message.of("cli.usage.unmatched", quoted(unmatched), unmatched.size());
    }
    if (e instanceof MissingParameterException m) {
      List<ArgSpec> missing = m.getMissing();
      if (missing.size() == 1 && missing.get(0) instanceof OptionSpec option && typed(option, args)) {
        return Message.of("cli.usage.missingValue", option.longestName(), option.paramLabel());
      }
      List<String> names = missing.stream().map(ParameterErrors::name).toList();
      if (missing.size() == 1 && missing.get(0) instanceof PositionalParamSpec first) {
        // picocli names the first missing parameter; the ones after it are missing too.
        names = m.getCommandLine().getCommandSpec().positionalParameters().stream()
            .filter(p -> p.required() && p.index().min() >= first.index().min())
            .map(PositionalParamSpec::paramLabel).toList();
      }
      return Message.of("cli.usage.missing", quoted(names), names.size());
    }
    if (e instanceof OverwrittenOptionException o) {
      return Message.of("cli.usage.twice", name(o.getOverwritten()));
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      Class<?> type = e.getArgSpec().type();
      String kind = type == int.class || type == Integer.class || type == long.class
          || type == Long.class ? "cli.usage.type.integer"
          : type == double.class || type == Double.class ? "cli.usage.type.number" : null;
      return kind == null
          ? Message.of("cli.usage.badValueAny", name(e.getArgSpec()), e.getValue())
          : Message.of("cli.usage.badValue", name(e.getArgSpec()), e.getValue(), Message.of(kind));
    }
    return Message.of("cli.usage.other", String.valueOf(e.getMessage()));
  }

  private static boolean typed(OptionSpec option, String[] args) {
    return Arrays.stream(args).anyMatch(a -> Arrays.stream(option.names())
        .anyMatch(n -> a.equals(n) || a.startsWith(n + "=")));
  }

  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
  }
}
