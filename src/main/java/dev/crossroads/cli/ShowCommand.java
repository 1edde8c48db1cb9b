package dev.crossroads.cli;

import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import dev.crossroads.report.Table;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import dev.crossroads.store.StoredProfile;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crossroads show NAME}: what one profile holds, in a few lines. */
@Command(name = "show", mixinStandardHelpOptions = true)
public final class ShowCommand implements Callable<Integer> {
  private final ProfileCommandContext context;

  @Spec CommandSpec spec;

  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "profiles.param.name")
  String name;

  public ShowCommand(AppContext app) {
    this(ProfileCommandContext.from(app));
  }

  public ShowCommand(ProfileCommandContext context) {
    this.context = context;
  }

  @picocli.CommandLine.Mixin OutputOptions output = new OutputOptions();

  @picocli.CommandLine.Option(
      names = "--no-summary",
      negatable = false,
      descriptionKey = "profiles.show.noSummary")
  void noSummary(boolean value) {
    withSummary = !value;
  }

  private boolean withSummary = true;

  @Override
  public Integer call() {
    Messages messages = context.messages();
    PrintWriter out = spec.commandLine().getOut();
    ProfileStore store = context.store().apply(home.value());
    StoredProfile profile = store.load(ProfileName.of(name));
    Decision decision = profile.decision();
    dev.crossroads.report.TextStyle style = output.style(context.app());
    Messages reportMessages = context.app().messagesFor(decision.language());
    // One analysis for the verdict row and the summary, so the two can never disagree.
    dev.crossroads.report.Summary summary = Reports.summary(context.app(), reportMessages, profile.profile());
    Table table =
        new Table(List.of(Table.Align.LEFT, Table.Align.LEFT))
            .wrapping()
            .row(List.of(messages.get("profiles.show.name"), profile.name().value()))
            .row(List.of(messages.get("profiles.show.title"), decision.title()))
            .row(List.of(messages.get("profiles.show.changed"), context.time(profile.lastChange())))
            .row(
                List.of(
                    messages.get("profiles.show.options"),
                    decision.options().stream()
                        .map(Option::label)
                        .collect(Collectors.joining(", "))))
            .row(
                List.of(
                    messages.get("profiles.show.criteria"),
                    decision.criteria().stream()
                        .map(Criterion::label)
                        .collect(Collectors.joining(", "))))
            .row(List.of(messages.get("profiles.show.verdict"), verdictLine(summary.verdict())))
            .row(
                List.of(
                    messages.get("profiles.show.backups"),
                    String.valueOf(store.backups(profile.name()).size())))
            .row(List.of(messages.get("profiles.show.file"), profile.file().toString()));
    table.render(style.width(), "").forEach(out::println);
    decision
        .meta()
        .reviewDate()
        .filter(date -> !date.isAfter(java.time.LocalDate.now(context.app().clock())))
        .ifPresent(date -> out.println(messages.get("profiles.show.reviewDue", date)));
    if (!withSummary) {
      out.flush();
      return ExitCode.OK;
    }
    out.println();
    out.print(
        new dev.crossroads.report.TextDecisionSheet(style)
            .render(Reports.sheet(context.app(), reportMessages, decision)));
    out.println();
    out.print(new dev.crossroads.report.TextSummary(reportMessages, style).render(summary));
    out.flush();
    return ExitCode.OK;
  }

  /** The verdict's tag and first sentence: the rest follows in the summary. */
  private static String verdictLine(dev.crossroads.report.Summary.VerdictLines verdict) {
    return verdict.sentences().isEmpty()
        ? verdict.tag()
        : verdict.tag() + " " + verdict.sentences().get(0);
  }
}
