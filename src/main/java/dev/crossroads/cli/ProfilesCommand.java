package dev.crossroads.cli;

import dev.crossroads.Messages;
import dev.crossroads.store.ProfileEntry;
import dev.crossroads.store.ProfileStore;
import dev.crossroads.store.StoredProfile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crossroads profiles}: every profile with its title, last change and current winner. */
@Command(
    name = "profiles",
    resourceBundle = "dev.crossroads.profiles.messages",
    description = "${bundle:profiles.list.about}",
    mixinStandardHelpOptions = true)
public final class ProfilesCommand implements Callable<Integer> {
  private final ProfileCommandContext context;

  @Spec CommandSpec spec;

  public ProfilesCommand(ProfileCommandContext context) {
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
          ProfileStore store = context.store().get();
          List<ProfileEntry> entries = store.list();
          if (entries.isEmpty()) {
            out.println(messages.get("profiles.list.empty", store.paths().profilesDir().toString()));
            out.flush();
            return 0;
          }
          List<List<String>> rows = new ArrayList<>();
          rows.add(
              List.of(
                  messages.get("profiles.list.name"),
                  messages.get("profiles.list.title"),
                  messages.get("profiles.list.changed"),
                  messages.get("profiles.list.winner")));
          for (ProfileEntry entry : entries) {
            rows.add(row(entry, messages));
          }
          TextColumns.layout(rows).forEach(line -> out.println(line.stripTrailing()));
          out.flush();
          return 0;
        });
  }

  private List<String> row(ProfileEntry entry, Messages messages) {
    String changed = context.time(entry.lastChange());
    if (entry instanceof ProfileEntry.Readable readable) {
      StoredProfile profile = readable.profile();
      return List.of(
          entry.name().value(), profile.decision().title(), changed, context.winnerOf(profile.decision()));
    }
    return List.of(
        entry.name().value(),
        messages.get("profiles.list.unreadable", entry.name().value()),
        changed,
        ProfileCommandContext.NO_WINNER);
  }
}
