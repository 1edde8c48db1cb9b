package dev.crossroads.cli;

import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import dev.crossroads.store.StoredProfile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crossroads show NAME}: what one profile holds, in a few lines. */
@Command(
    name = "show",
    resourceBundle = "dev.crossroads.profiles.messages",
    description = "${bundle:profiles.show.about}",
    mixinStandardHelpOptions = true)
public final class ShowCommand implements Callable<Integer> {
  private final ProfileCommandContext context;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "profiles.param.name")
  String name;

  public ShowCommand(ProfileCommandContext context) {
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
          StoredProfile profile = store.load(ProfileName.of(name));
          Decision decision = profile.decision();
          List<List<String>> rows = new ArrayList<>();
          rows.add(List.of(messages.get("profiles.show.name"), profile.name().value()));
          rows.add(List.of(messages.get("profiles.show.title"), decision.title()));
          rows.add(
              List.of(
                  messages.get("profiles.show.changed"),
                  context.time(profile.lastChange())));
          rows.add(
              List.of(
                  messages.get("profiles.show.options"),
                  decision.options().stream().map(Option::label).collect(Collectors.joining(", "))));
          rows.add(
              List.of(
                  messages.get("profiles.show.criteria"),
                  decision.criteria().stream()
                      .map(Criterion::label)
                      .collect(Collectors.joining(", "))));
          rows.add(List.of(messages.get("profiles.show.winner"), context.winnerOf(decision)));
          rows.add(
              List.of(
                  messages.get("profiles.show.backups"),
                  String.valueOf(store.backups(profile.name()).size())));
          rows.add(List.of(messages.get("profiles.show.file"), profile.file().toString()));
          TextColumns.layout(rows).forEach(line -> out.println(line.stripTrailing()));
          out.flush();
          return 0;
        });
  }
}
