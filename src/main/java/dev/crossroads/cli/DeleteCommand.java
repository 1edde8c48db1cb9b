package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crossroads delete NAME}: deletes a profile and its backups, after asking. Without a
 * terminal it needs {@code --yes}; a script must say what it means.
 */
@Command(name = "delete", mixinStandardHelpOptions = true)
public final class DeleteCommand implements Callable<Integer> {
  private final ProfileCommandContext context;

  @Spec CommandSpec spec;

  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "profiles.param.name")
  String name;

  @Option(names = {"-y", "--yes"}, descriptionKey = "profiles.delete.yes")
  boolean yes;

  public DeleteCommand(AppContext app) {
    this(ProfileCommandContext.from(app));
  }

  public DeleteCommand(ProfileCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Messages messages = context.messages();
    PrintWriter out = spec.commandLine().getOut();
    ProfileName profile = ProfileName.of(name);
    ProfileStore store = context.store().apply(home.value());
    if (!store.exists(profile)) {
      throw new Problem(Problem.Kind.MISSING, Message.of("profiles.notFound", profile.value()));
    }
    if (!yes && !confirmed(messages, profile)) {
      out.println(messages.get("profiles.delete.kept", profile.value()));
      out.flush();
      return ExitCode.OK;
    }
    store.delete(profile);
    out.println(messages.get("profiles.deleted", profile.value()));
    out.flush();
    return ExitCode.OK;
  }

  private boolean confirmed(Messages messages, ProfileName profile) {
    return context
        .confirmation()
        .ask(messages.get("profiles.delete.confirm", profile.value()))
        .orElseThrow(
            () ->
                new Problem(
                    Problem.Kind.USAGE, Message.of("profiles.delete.needsYes", profile.value())));
  }
}
