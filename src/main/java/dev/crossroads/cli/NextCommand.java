package dev.crossroads.cli;

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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code crossroads next}: the next steps of every saved decision's plan by date, those overdue
 * first (with how long), then those coming up. A plan is only as good as its next step, and the
 * steps of several decisions belong on one list.
 */
@Command(name = "next", mixinStandardHelpOptions = true)
public final class NextCommand extends ProfileCommand {
  @Mixin OutputOptions output = new OutputOptions();

  public NextCommand(ProfileCommandContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    Messages m = messages();
    PrintWriter out = out();
    int width = output.style(context.app()).width();
    ProfileStore store = store();
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
    return done(List.of());
  }

  private void part(PrintWriter out, String heading, List<Agenda.Item> items, int width) {
    if (items.isEmpty()) {
      return;
    }
    Messages m = messages();
    Table table = new Table(List.of(Table.Align.LEFT, Table.Align.LEFT, Table.Align.LEFT,
        Table.Align.LEFT))
        .wrapping()
        .header(Headings.of(m, "journal.next.date", "journal.next.when", "journal.next.step",
            "journal.next.decision"));
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
