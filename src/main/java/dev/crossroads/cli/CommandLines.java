package dev.crossroads.cli;

import java.lang.reflect.Constructor;
import java.util.Optional;
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
    commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> Main.report(context, e));
    commandLine.setParameterExceptionHandler(new ParameterErrors());
    return commandLine;
  }

  /**
   * Creates commands through a constructor taking the context when they have one, else one
   * taking the profile commands' context, made from it.
   */
  private record ContextFactory(AppContext context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      Optional<Constructor<K>> withContext = constructor(type, AppContext.class);
      if (withContext.isPresent()) {
        return withContext.get().newInstance(context);
      }
      Optional<Constructor<K>> forProfiles = constructor(type, ProfileCommandContext.class);
      if (forProfiles.isPresent()) {
        return forProfiles.get().newInstance(ProfileCommandContext.from(context));
      }
      return CommandLine.defaultFactory().create(type);
    }

    private static <K> Optional<Constructor<K>> constructor(Class<K> type, Class<?> parameter) {
      try {
        return Optional.of(type.getDeclaredConstructor(parameter));
      } catch (NoSuchMethodException e) {
        return Optional.empty();
      }
    }
  }
}
