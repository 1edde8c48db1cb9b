package dev.crossroads.cli;

import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.Problem;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.decision.Decision;
import dev.crossroads.journal.Hindsights;
import dev.crossroads.report.Table;
import dev.crossroads.report.TextDecisionSheet;
import dev.crossroads.report.TextStyle;
import dev.crossroads.report.Wrap;
import dev.crossroads.store.ProfileEntry;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import dev.crossroads.store.StoredProfile;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code crossroads review}: the decisions whose review date has passed and that were not looked
 * back at since, most overdue first, then what their journals say together. A decision written
 * down is worth looking at again once the facts have moved. {@code crossroads review NAME} shows
 * one of them in full as the person left it: when it is due, what the analysis puts first today,
 * and every answer, reflections included; then it writes a look back in its journal
 * ({@link LookingBack}).
 */
@Command(name = "review", mixinStandardHelpOptions = true)
public final class ReviewCommand extends ProfileCommand {
  @Mixin OutputOptions output = new OutputOptions();

  @Mixin LookBackOptions lookBack = new LookBackOptions();

  private final Optional<LinePrompt> prompt;

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", descriptionKey = "review.param.name")
  String name;

  public ReviewCommand(ProfileCommandContext context) {
    this(context, LinePrompt.forProcess(context.app()));
  }

  ReviewCommand(ProfileCommandContext context, Optional<LinePrompt> prompt) {
    super(context);
    this.prompt = prompt;
  }

  @Override
  public Integer call() {
    Messages messages = messages();
    PrintWriter out = out();
    ProfileStore store = store();
    LocalDate today = LocalDate.now(context.app().clock());
    int width = output.style(context.app()).width();
    if (name != null) {
      StoredProfile profile = store.load(ProfileName.of(name));
      // Analysed once: the verdict shown is the one the journal keeps.
      AnalysisResult result = Reports.analyze(profile.decision());
      one(profile, result, today, out);
      return new LookingBack(context, lookBack, prompt, width)
          .run(store, profile, result.verdict(), today);
    }
    if (!lookBack.flags().isEmpty() || lookBack.answersFile().isPresent()) {
      // Answers with no decision to write them in would be lost without a word.
      throw new Problem(Problem.Kind.USAGE, Message.of("journal.refuse.noName"));
    }
    record Due(String name, Decision decision, LocalDate date) {}
    List<Due> due = new ArrayList<>();
    List<Decision> all = new ArrayList<>();
    int unreadable = 0;
    for (ProfileEntry entry : store.list()) {
      if (!(entry instanceof ProfileEntry.Readable)) {
        unreadable++;
      }
      if (entry instanceof ProfileEntry.Readable readable) {
        Decision decision = readable.profile().decision();
        all.add(decision);
        decision
            .meta()
            .reviewDue(today)
            .ifPresent(date -> due.add(new Due(entry.name().value(), decision, date)));
      }
    }
    if (due.isEmpty()) {
      Wrap.lines(messages.get("profiles.review.none"), width, "", "").forEach(out::println);
      unreadable(out, messages, unreadable, width);
      journals(out, messages, all, width);
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
            .header(Headings.of(messages, "profiles.list.name", "profiles.list.title",
                "profiles.review.date", "profiles.review.overdue", "profiles.list.winner"));
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
    // The command on a line of its own, with a real name, so it can be copied whole.
    Wrap.lines(messages.get("review.hint"), width, "", "").forEach(out::println);
    out.println("  crossroads review " + due.get(0).name());
    journals(out, messages, all, width);
    out.flush();
    return ExitCode.OK;
  }

  /** One decision in full: its review date, today's winner, all its answers, how to revise it. */
  private int one(StoredProfile profile, AnalysisResult result, LocalDate today,
      PrintWriter out) {
    Messages messages = messages();
    TextStyle style = output.style(context.app());
    int width = style.width();
    Decision decision = profile.decision();
    Wrap.lines(decision.title(), width, "", "").forEach(out::println);
    String when =
        decision
            .meta()
            .reviewDate()
            .map(
                date -> {
                  long days = ChronoUnit.DAYS.between(date, today);
                  return days == 0
                      ? messages.get("review.one.dueToday", date)
                      : days > 0
                          ? messages.get("review.one.due", date, messages.get("review.days", days))
                          : messages.get("review.one.notYet", date, messages.get("review.days", -days));
                })
            .orElse(messages.get("review.one.noDate"));
    Wrap.lines(when, width, "", "").forEach(out::println);
    Messages sheetMessages = context.app().messagesFor(decision.language());
    // Today's verdict, from the full analysis: the same words show and the exports print.
    String verdict =
        Reports.summary(context.app(), sheetMessages, profile.profile(), decision, result)
            .verdict().paragraph();
    Wrap.lines(messages.get("review.one.verdict", verdict), width, "", "").forEach(out::println);
    out.println();
    out.print(
        new TextDecisionSheet(style).render(Reports.sheet(context.app(), sheetMessages, decision)));
    out.println();
    Wrap.lines(messages.get("review.one.edit", profile.name().value()), width, "", "")
        .forEach(out::println);
    out.flush();
    return ExitCode.OK;
  }

  /** What the journals say together, after a blank line; nothing before the first look back. */
  private static void journals(PrintWriter out, Messages messages, List<Decision> all, int width) {
    List<String> lines = new JournalOverview(messages).lines(Hindsights.of(all));
    for (int i = 0; i < lines.size(); i++) {
      if (i == 0) {
        out.println();
      }
      // The heading and how many were looked back at, then one point a line.
      boolean point = i >= JournalOverview.LEAD;
      Wrap.lines(lines.get(i), width, point ? "- " : "", point ? "  " : "").forEach(out::println);
    }
  }

  /** A damaged profile may be one that is due: say so rather than leave it out silently. */
  private static void unreadable(PrintWriter out, Messages messages, int count, int width) {
    if (count > 0) {
      Wrap.lines(messages.get("review.unreadable", count), width, "", "").forEach(out::println);
    }
  }
}
