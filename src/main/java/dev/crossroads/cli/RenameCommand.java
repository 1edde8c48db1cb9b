package dev.crossroads.cli;

import dev.crossroads.store.ProfileName;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crossroads rename OLD NEW}: renames a profile and its backups. */
@Command(name = "rename", mixinStandardHelpOptions = true)
public final class RenameCommand implements Callable<Integer> {
  private final ProfileCommandContext context;

  @Spec CommandSpec spec;

  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "profiles.param.old")
  String oldName;

  @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "profiles.param.new")
  String newName;

  public RenameCommand(AppContext app) {
    this(ProfileCommandContext.from(app));
  }

  public RenameCommand(ProfileCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ProfileName from = ProfileName.of(oldName);
    ProfileName to = ProfileName.of(newName);
    context.store().apply(home.value()).rename(from, to);
    PrintWriter out = spec.commandLine().getOut();
    out.println(context.messages().get("profiles.renamed", from.value(), to.value()));
    out.flush();
    return ExitCode.OK;
  }
}
