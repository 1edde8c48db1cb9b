package dev.crossroads.cli;

import dev.crossroads.ExitCode;
import dev.crossroads.Messages;
import dev.crossroads.TerminalCapabilities;
import dev.crossroads.report.Table;
import dev.crossroads.store.ProfileEntry;
import dev.crossroads.store.ProfileStore;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crossroads profiles}: every profile with its title, last change and current winner. */
@Command(name = "profiles", mixinStandardHelpOptions = true)
public final class ProfilesCommand implements Callable<Integer> {
  private final ProfileCommandContext context;

  @Spec CommandSpec spec;

  @Mixin HomeOption home;

  public ProfilesCommand(AppContext app) {
    this(ProfileCommandContext.from(app));
  }

  public ProfilesCommand(ProfileCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Messages messages = context.messages();
    PrintWriter out = spec.commandLine().getOut();
    ProfileStore store = context.store().apply(home.value());
    List<ProfileEntry> entries = store.list();
    if (entries.isEmpty()) {
      out.println(messages.get("profiles.list.empty", store.paths().profilesDir().toString()));
      out.flush();
      return ExitCode.OK;
    }
    Table table =
        new Table(Collections.nCopies(4, Table.Align.LEFT))
            .header(
                List.of(
                    messages.get("profiles.list.name"),
                    messages.get("profiles.list.title"),
                    messages.get("profiles.list.changed"),
                    messages.get("profiles.list.winner")));
    for (ProfileEntry entry : entries) {
      table.row(row(entry, messages));
    }
    table.render(width(), "").forEach(out::println);
    out.flush();
    return ExitCode.OK;
  }

  private List<String> row(ProfileEntry entry, Messages messages) {
    String changed = context.time(entry.lastChange());
    if (entry instanceof ProfileEntry.Readable readable) {
      return List.of(
          entry.name().value(),
          readable.profile().decision().title(),
          changed,
          context.winnerOf(readable.profile().decision()));
    }
    return List.of(
        entry.name().value(),
        messages.get("profiles.list.unreadable", entry.name().value()),
        changed,
        ProfileCommandContext.NO_WINNER);
  }

  /** Long titles are cut to fit a terminal; piped output keeps them whole. */
  private int width() {
    TerminalCapabilities terminal = context.app().terminal();
    return terminal.interactive() ? terminal.width() : Integer.MAX_VALUE;
  }
}
