package dev.crossroads.cli;

import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import dev.crossroads.report.Summary;
import dev.crossroads.report.Table;
import dev.crossroads.report.TextDecisionSheet;
import dev.crossroads.report.TextStyle;
import dev.crossroads.report.TextSummary;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import dev.crossroads.store.StoredProfile;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code crossroads show NAME}: what one profile holds, in a few lines. */
@Command(name = "show", mixinStandardHelpOptions = true)
public final class ShowCommand extends ProfileCommand {
  @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "profiles.param.name")
  String name;

  public ShowCommand(ProfileCommandContext context) {
    super(context);
  }

  @Mixin OutputOptions output = new OutputOptions();

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
    Messages messages = messages();
    PrintWriter out = out();
    ProfileStore store = store();
    StoredProfile profile = store.load(ProfileName.of(name));
    Decision decision = profile.decision();
    TextStyle style = output.style(context.app());
    Messages reportMessages = context.app().messagesFor(decision.language());
    // One analysis for the verdict row and the summary, so the two can never disagree.
    Summary summary = Reports.summary(context.app(), reportMessages, profile.profile());
    Table table =
        new Table(List.of(Table.Align.LEFT, Table.Align.LEFT))
            .wrapping()
            .row(List.of(messages.get("profiles.show.name"), profile.name().value()))
            .row(List.of(messages.get("profiles.show.title"), decision.title()))
            .row(List.of(messages.get("profiles.show.changed"), context.time(profile.lastChange())))
            .row(List.of(messages.get("profiles.show.options"),
                labels(decision.options(), Option::label)))
            .row(List.of(messages.get("profiles.show.criteria"),
                labels(decision.criteria(), Criterion::label)))
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
        .filter(date -> !date.isAfter(LocalDate.now(context.app().clock())))
        .ifPresent(date -> out.println(messages.get("profiles.show.reviewDue", date)));
    if (!withSummary) {
      out.flush();
      return ExitCode.OK;
    }
    out.println();
    out.print(
        new TextDecisionSheet(style)
            .render(Reports.sheet(context.app(), reportMessages, decision)));
    out.println();
    out.print(new TextSummary(reportMessages, style).render(summary));
    out.flush();
    return ExitCode.OK;
  }

  private static <T> String labels(List<T> items, Function<T, String> label) {
    return items.stream().map(label).collect(Collectors.joining(", "));
  }

  /** The verdict's tag and first sentence: the rest follows in the summary. */
  private static String verdictLine(Summary.VerdictLines verdict) {
    return verdict.sentences().isEmpty()
        ? verdict.tag()
        : verdict.tag() + " " + verdict.sentences().get(0);
  }
}
