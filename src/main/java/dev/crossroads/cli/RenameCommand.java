package dev.crossroads.cli;

import dev.crossroads.Messages;
import dev.crossroads.store.ProfileName;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crossroads rename OLD NEW}: renames a profile and its backups. */
@Command(
    name = "rename",
    resourceBundle = "dev.crossroads.profiles.messages",
    description = "${bundle:profiles.rename.about}",
    mixinStandardHelpOptions = true)
public final class RenameCommand implements Callable<Integer> {
  private final ProfileCommandContext context;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "profiles.param.old")
  String oldName;

  @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "profiles.param.new")
  String newName;

  public RenameCommand(ProfileCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Messages messages = context.messages().get();
    PrintWriter out = spec.commandLine().getOut();
    return FailureReport.run(
        spec.commandLine().getErr(),
        messages,
        () -> {
          ProfileName from = ProfileName.of(oldName);
          ProfileName to = ProfileName.of(newName);
          context.store().get().rename(from, to);
          out.println(messages.get("profiles.renamed", from.value(), to.value()));
          out.flush();
          return 0;
        });
  }
}
