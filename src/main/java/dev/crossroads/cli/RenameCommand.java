package dev.crossroads.cli;

import dev.crossroads.store.ProfileName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code crossroads rename OLD NEW}: renames a profile and its backups. */
@Command(name = "rename", mixinStandardHelpOptions = true)
public final class RenameCommand extends ProfileCommand {
  @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "profiles.param.old")
  String oldName;

  @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "profiles.param.new")
  String newName;

  public RenameCommand(ProfileCommandContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    ProfileName from = ProfileName.of(oldName);
    ProfileName to = ProfileName.of(newName);
    store().rename(from, to);
    return done(messages().get("profiles.renamed", from.value(), to.value()));
  }
}
