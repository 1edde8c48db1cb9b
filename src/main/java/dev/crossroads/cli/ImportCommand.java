package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfilePaths;
import dev.crossroads.store.Profile;
import dev.crossroads.store.ProfileStore;
import dev.crossroads.store.SaveMode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crossroads import FILE [--name NAME]}: adds a profile file to the store. The file is
 * read and checked in full before anything is written, so a bad file changes nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {
  private final ProfileCommandContext context;

  @Spec CommandSpec spec;

  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "profiles.import.file")
  Path file;

  @Option(names = {"-n", "--name"}, paramLabel = "NAME", descriptionKey = "profiles.import.name")
  Optional<String> name;

  @Option(names = {"-y", "--yes"}, descriptionKey = "profiles.import.yes")
  boolean yes;

  public ImportCommand(AppContext app) {
    this(ProfileCommandContext.from(app));
  }

  public ImportCommand(ProfileCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Messages messages = context.messages();
    PrintWriter out = spec.commandLine().getOut();
    ProfileStore store = context.store().apply(home.value());
    Profile profile = store.readProfileFile(file);
    Decision decision = profile.resolved();
    ProfileName target = ProfileName.of(name.orElseGet(this::nameFromFile));
    SaveMode mode = SaveMode.CREATE;
    if (store.exists(target)) {
      if (!yes && !confirmReplace(messages, target)) {
        out.println(messages.get("profiles.import.kept", target.value()));
        out.flush();
        return ExitCode.OK;
      }
      mode = SaveMode.REPLACE;
    }
    store.save(target, profile, mode);
    out.println(messages.get("profiles.imported", file.toString(), target.value()));
    out.flush();
    return ExitCode.OK;
  }

  private boolean confirmReplace(Messages messages, ProfileName target) {
    return context
        .confirmation()
        .ask(messages.get("profiles.import.confirmReplace", target.value()))
        .orElseThrow(
            () ->
                new Problem(
                    Problem.Kind.USAGE, Message.of("profiles.import.needsYes", target.value())));
  }

  private String nameFromFile() {
    String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
    return fileName.endsWith(ProfilePaths.EXTENSION)
        ? fileName.substring(0, fileName.length() - ProfilePaths.EXTENSION.length())
        : fileName;
  }
}
