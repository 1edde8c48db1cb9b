package dev.crossroads.cli;

import dev.crossroads.Message;
import dev.crossroads.Problem;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crossroads delete NAME}: deletes a profile and its backups, after asking. Without a
 * terminal it needs {@code --yes}; a script must say what it means.
 */
@Command(name = "delete", mixinStandardHelpOptions = true)
public final class DeleteCommand extends ProfileCommand {
  @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "profiles.param.name")
  String name;

  @Option(names = {"-y", "--yes"}, descriptionKey = "profiles.delete.yes")
  boolean yes;

  public DeleteCommand(ProfileCommandContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    ProfileName profile = ProfileName.of(name);
    ProfileStore store = store();
    if (!store.exists(profile)) {
      throw new Problem(Problem.Kind.MISSING, Message.of("profiles.notFound", profile.value()));
    }
    if (!yes
        && !context.confirmed(
            Message.of("profiles.delete.confirm", profile.value()),
            Message.of("profiles.delete.needsYes", profile.value()))) {
      return done(messages().get("profiles.delete.kept", profile.value()));
    }
    store.delete(profile);
    return done(messages().get("profiles.deleted", profile.value()));
  }
}
