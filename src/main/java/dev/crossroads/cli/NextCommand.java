package dev.crossroads.cli;

import dev.crossroads.ExitCode;
import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.journal.Agenda;
import dev.crossroads.report.Table;
import dev.crossroads.report.Wrap;
import dev.crossroads.store.ProfileEntry;
import dev.crossroads.store.ProfileStore;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code crossroads next}: the next steps of every saved decision's plan by date, those overdue
 * first (with how long), then those coming up. A plan is only as good as its next step, and the
 * steps of several decisions belong on one list.
 */
@Command(name = "next", mixinStandardHelpOptions = true)
public final class NextCommand implements Callable<Integer> {
  private final ProfileCommandContext context;

  @Spec CommandSpec spec;

  @Mixin HomeOption home;

  @Mixin OutputOptions output = new OutputOptions();

  public NextCommand(AppContext app) {
    this(ProfileCommandContext.from(app));
  }

  public NextCommand(ProfileCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Messages m = context.messages();
    PrintWriter out = spec.commandLine().getOut();
    int width = output.style(context.app()).width();
    ProfileStore store = context.store().apply(home.value());
    Map<String, Decision> decisions = new LinkedHashMap<>();
    int unreadable = 0;
    for (ProfileEntry entry : store.list()) {
      if (entry instanceof ProfileEntry.Readable readable) {
        decisions.put(entry.name().value(), readable.profile().decision());
      } else {
        unreadable++;
      }
    }
    Agenda agenda = Agenda.of(decisions, LocalDate.now(context.app().clock()));
    if (agenda.isEmpty()) {
      Wrap.lines(m.get("journal.next.none"), width, "", "").forEach(out::println);
    } else {
      part(out, m.get("journal.next.overdue", agenda.overdue().size()), agenda.overdue(), width);
      part(out, m.get("journal.next.upcoming", agenda.upcoming().size()), agenda.upcoming(),
          width);
      out.println();
      Wrap.lines(m.get("journal.next.hint"), width, "", "").forEach(out::println);
    }
    if (unreadable > 0) {
      Wrap.lines(m.get("review.unreadable", unreadable), width, "", "").forEach(out::println);
    }
    out.flush();
    return ExitCode.OK;
  }

  private void part(PrintWriter out, String heading, List<Agenda.Item> items, int width) {
    if (items.isEmpty()) {
      return;
    }
    Messages m = context.messages();
    Table table = new Table(List.of(Table.Align.LEFT, Table.Align.LEFT, Table.Align.LEFT,
        Table.Align.LEFT))
        .wrapping()
        .header(List.of(m.get("journal.next.date"), m.get("journal.next.when"),
            m.get("journal.next.step"), m.get("journal.next.decision")));
    for (Agenda.Item item : items) {
      table.row(List.of(item.step().by().toString(), when(m, item.days()), item.step().what(),
          item.name()));
    }
    Wrap.lines(heading, width, "", "").forEach(out::println);
    table.render(width, "  ").forEach(out::println);
  }

  /** "3 days overdue", "today", "tomorrow", "in 6 days". */
  static String when(Messages m, long days) {
    if (days < 0) {
      return m.get("journal.next.daysOverdue", -days);
    }
    return days == 0 ? m.get("journal.next.today") : m.get("journal.next.inDays", days);
  }
}
