package dev.crossroads.cli;

import dev.crossroads.ExitCode;
import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.report.Table;
import dev.crossroads.report.Wrap;
import dev.crossroads.store.ProfileEntry;
import dev.crossroads.store.ProfileStore;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code crossroads review}: the decisions whose review date has passed, most overdue first. A
 * decision written down is worth looking at again once the facts have moved.
 */
@Command(name = "review", mixinStandardHelpOptions = true)
public final class ReviewCommand implements Callable<Integer> {
  private final ProfileCommandContext context;

  @Mixin HomeOption home;

  @Mixin OutputOptions output = new OutputOptions();

  public ReviewCommand(AppContext app) {
    this(ProfileCommandContext.from(app));
  }

  public ReviewCommand(ProfileCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Messages messages = context.messages();
    PrintWriter out = context.app().out();
    ProfileStore store = context.store().apply(home.value());
    LocalDate today = LocalDate.now(context.app().clock());
    int width = output.style(context.app()).width();
    record Due(String name, Decision decision, LocalDate date) {}
    List<Due> due = new ArrayList<>();
    int unreadable = 0;
    for (ProfileEntry entry : store.list()) {
      if (!(entry instanceof ProfileEntry.Readable)) {
        unreadable++;
      }
      if (entry instanceof ProfileEntry.Readable readable) {
        Decision decision = readable.profile().decision();
        decision
            .meta()
            .reviewDate()
            .filter(date -> !date.isAfter(today))
            .ifPresent(date -> due.add(new Due(entry.name().value(), decision, date)));
      }
    }
    if (due.isEmpty()) {
      Wrap.lines(messages.get("profiles.review.none"), width, "", "").forEach(out::println);
      unreadable(out, messages, unreadable, width);
      out.flush();
      return ExitCode.OK;
    }
    due.sort(Comparator.comparing(Due::date));
    Table table =
        new Table(
                List.of(
                    Table.Align.LEFT,
                    Table.Align.LEFT,
                    Table.Align.LEFT,
                    Table.Align.RIGHT,
                    Table.Align.LEFT))
            .wrapping()
            .header(
                List.of(
                    messages.get("profiles.list.name"),
                    messages.get("profiles.list.title"),
                    messages.get("profiles.review.date"),
                    messages.get("profiles.review.overdue"),
                    messages.get("profiles.list.winner")));
    for (Due d : due) {
      table.row(
          List.of(
              d.name(),
              d.decision().title(),
              d.date().toString(),
              messages.get("review.days", ChronoUnit.DAYS.between(d.date(), today)),
              context.winnerOf(d.decision())));
    }
    Wrap.lines(messages.get("profiles.review.header", due.size()), width, "", "")
        .forEach(out::println);
    table.render(width, "").forEach(out::println);
    unreadable(out, messages, unreadable, width);
    out.flush();
    return ExitCode.OK;
  }

  /** A damaged profile may be one that is due: say so rather than leave it out silently. */
  private static void unreadable(PrintWriter out, Messages messages, int count, int width) {
    if (count > 0) {
      Wrap.lines(messages.get("review.unreadable", count), width, "", "").forEach(out::println);
    }
  }
}
