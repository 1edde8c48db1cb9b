package dev.crossroads.cli;

import java.lang.reflect.Constructor;
import java.util.ResourceBundle;
import picocli.CommandLine;

/** Builds the picocli command tree with the process context wired into every command. */
final class CommandLines {
  private CommandLines() {}

  static CommandLine create(AppContext context) {
    CommandLine commandLine = new CommandLine(new RootCommand(context), new ContextFactory(context));
    commandLine.setOut(context.out());
    commandLine.setErr(context.err());
    commandLine.setResourceBundle(
        ResourceBundle.getBundle("dev.crossroads.cli.help", context.messages().locale()));
    commandLine.setHelpFactory(WordWrappedHelp.FACTORY);
    commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> Main.report(context, e));
    commandLine.setParameterExceptionHandler(new ParameterErrors(context.messages()));
    return commandLine;
  }

  /** Creates commands through a constructor taking the context when they have one. */
  private record ContextFactory(AppContext context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        Constructor<K> withContext = type.getDeclaredConstructor(AppContext.class);
        return withContext.newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
