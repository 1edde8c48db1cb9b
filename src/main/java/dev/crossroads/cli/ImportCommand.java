package dev.crossroads.cli;

import dev.crossroads.Message;
import dev.crossroads.decision.Decision;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfilePaths;
import dev.crossroads.store.Profile;
import dev.crossroads.store.ProfileStore;
import dev.crossroads.store.SaveMode;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crossroads import FILE [--name NAME]}: adds a profile file to the store. The file is
 * read and checked in full before anything is written, so a bad file changes nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand extends ProfileCommand {
  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "profiles.import.file")
  Path file;

  @Option(names = {"-n", "--name"}, paramLabel = "NAME", descriptionKey = "profiles.import.name")
  Optional<String> name;

  @Option(names = {"-y", "--yes"}, descriptionKey = "profiles.import.yes")
  boolean yes;

  public ImportCommand(ProfileCommandContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    ProfileStore store = store();
    Profile profile = store.readProfileFile(file);
    Decision decision = profile.resolved();
    ProfileName target = ProfileName.of(name.orElseGet(this::nameFromFile));
    SaveMode mode = SaveMode.CREATE;
    if (store.exists(target)) {
      if (!yes
          && !context.confirmed(
              Message.of("profiles.import.confirmReplace", target.value()),
              Message.of("profiles.import.needsYes", target.value()))) {
        return done(messages().get("profiles.import.kept", target.value()));
      }
      mode = SaveMode.REPLACE;
    }
    store.save(target, profile, mode);
    return done(messages().get("profiles.imported", file.toString(), target.value()));
  }

  private String nameFromFile() {
    String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
    return fileName.endsWith(ProfilePaths.EXTENSION)
        ? fileName.substring(0, fileName.length() - ProfilePaths.EXTENSION.length())
        : fileName;
  }
}
