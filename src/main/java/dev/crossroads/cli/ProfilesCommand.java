package dev.crossroads.cli;

import dev.crossroads.Messages;
import dev.crossroads.report.Table;
import dev.crossroads.store.ProfileEntry;
import dev.crossroads.store.ProfileStore;
import java.util.Collections;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code crossroads profiles}: every profile with its title, last change and current winner. */
@Command(name = "profiles", mixinStandardHelpOptions = true)
public final class ProfilesCommand extends ProfileCommand {
  public ProfilesCommand(ProfileCommandContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    Messages messages = messages();
    ProfileStore store = store();
    List<ProfileEntry> entries = store.list();
    if (entries.isEmpty()) {
      return done(messages.get("profiles.list.empty", store.paths().profilesDir().toString()));
    }
    Table table =
        new Table(Collections.nCopies(4, Table.Align.LEFT))
            .header(Headings.of(messages, "profiles.list.name", "profiles.list.title",
                "profiles.list.changed", "profiles.list.winner"));
    for (ProfileEntry entry : entries) {
      table.row(row(entry, messages));
    }
    return done(table.render(context.app().listingWidth(), ""));
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
}
