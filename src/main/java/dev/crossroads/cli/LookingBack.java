package dev.crossroads.cli;

import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.Problem;
import dev.crossroads.analysis.Verdict;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Meta;
import dev.crossroads.decision.Hindsight;
import dev.crossroads.decision.JournalEntry;
import dev.crossroads.decision.LimitCheck;
import dev.crossroads.decision.Option;
import dev.crossroads.Numbers;
import dev.crossroads.report.Wrap;
import dev.crossroads.store.ProfileStore;
import dev.crossroads.store.StoredProfile;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * What {@code review NAME} does after showing the decision: writes a look back into its journal.
 * Answers given as flags or in a file are written at once; otherwise, once the review date has
 * come, a person at a terminal is asked (each question may be skipped), and a run without one is
 * told how to give the answers. The entry keeps what the gut and the model put first that day,
 * so the journals can later say whose advice the person took.
 */
final class LookingBack {
  private final ProfileCommandContext context;
  private final LookBackOptions options;
  private final Optional<LinePrompt> prompt;
  private final int width;

  LookingBack(ProfileCommandContext context, LookBackOptions options, Optional<LinePrompt> prompt,
      int width) {
    this.context = context;
    this.options = options;
    this.prompt = prompt;
    this.width = width;
  }

  /** The answers of one look back, before they become an entry. */
  private static final class Answers {
    Optional<String> chose = Optional.empty();
    OptionalInt outcome = OptionalInt.empty();
    String learned = "";
    Optional<Hindsight> hindsight = Optional.empty();
    Optional<LocalDate> next = Optional.empty();

    boolean isEmpty() {
      return chose.isEmpty() && outcome.isEmpty() && learned.isEmpty() && hindsight.isEmpty()
          && next.isEmpty();
    }
  }

  /**
   * Looks back at {@code profile}, whose analysis today gave {@code verdict}: the journal keeps
   * what the model put first and how sure it was.
   */
  int run(ProfileStore store, StoredProfile profile, Verdict verdict, LocalDate today) {
    Decision decision = profile.decision();
    Map<String, String> flags = options.flags();
    if (!flags.isEmpty() || options.answersFile().isPresent()) {
      Answers answers = new Answers();
      options.answersFile().ifPresent(file -> fromFile(answers, file.toString(), decision, today));
      flags.forEach((key, value) -> read(answers, key, value, decision, today,
          why -> new Problem(Problem.Kind.USAGE, Message.of("journal.refuse.flag", "--" + key, why))));
      return write(store, profile, answers, snapshot(decision, verdict), today);
    }
    if (decision.meta().reviewDue(today).isEmpty()) {
      return ExitCode.OK;
    }
    if (prompt.isPresent() && !options.noInput) {
      Snapshot snapshot = snapshot(decision, verdict);
      return write(store, profile, interview(prompt.get(), decision, snapshot, today), snapshot,
          today);
    }
    say(context.messages().get("journal.look.hint"));
    out().println("  crossroads review " + profile.name().value()
        + " --chose N --outcome 1-10 --learned TEXT --hindsight about-right");
    out().flush();
    return ExitCode.OK;
  }

  private void fromFile(Answers answers, String file, Decision decision, LocalDate today) {
    Map<String, String> given = options.file();
    List<String> unused = new ArrayList<>();
    given.forEach((key, value) -> {
      if (!read(answers, key, value, decision, today, why -> new Problem(Problem.Kind.BAD_DATA,
          Message.of("journal.refuse.file", file, key, why)))) {
        unused.add(key);
      }
    });
    if (!unused.isEmpty()) {
      PrintWriter err = context.app().err();
      Wrap.lines(context.messages().get("journal.look.unused", file, String.join(", ", unused)),
          width, "", "  ").forEach(err::println);
      err.flush();
    }
  }

  /** Takes one answer by its key; false for a key no question has. */
  private boolean read(Answers answers, String key, String value, Decision decision,
      LocalDate today, Function<Message, Problem> refusal) {
    switch (key) {
      case LookBackOptions.CHOSE ->
          answers.chose = take(LookBackReplies.chose(value, decision.options()), refusal);
      case LookBackOptions.OUTCOME -> answers.outcome = take(LookBackReplies.outcome(value),
          refusal).map(OptionalInt::of).orElse(OptionalInt.empty());
      case LookBackOptions.LEARNED ->
          answers.learned = take(LookBackReplies.learned(value), refusal).orElse("");
      case LookBackOptions.HINDSIGHT ->
          answers.hindsight = take(LookBackReplies.hindsight(value), refusal);
      case LookBackOptions.NEXT_REVIEW ->
          answers.next = take(LookBackReplies.nextReview(value, today), refusal);
      default -> {
        return false;
      }
    }
    return true;
  }

  private static <T> Optional<T> take(LookBackReplies.Read<T> read,
      Function<Message, Problem> refusal) {
    if (read.refused().isPresent()) {
      throw refusal.apply(read.refused().get());
    }
    return read.value();
  }

  /** The questions one by one at the terminal; a refused answer is asked again with the reason. */
  private Answers interview(LinePrompt lines, Decision decision, Snapshot shown,
      LocalDate today) {
    Messages m = context.messages();
    Answers answers = new Answers();
    out().println();
    // Under --ascii a heading in words only, as the session's are: no rule for a screen reader to
    // read out.
    out().println(m.ascii() ? m.get("journal.look.title") : "── " + m.get("journal.look.title") + " ──");
    say(m.get("journal.look.intro"));
    List<String> numbered = new ArrayList<>();
    List<Option> options = decision.options();
    for (int i = 0; i < options.size(); i++) {
      numbered.add((i + 1) + " " + options.get(i).label());
    }
    answers.chose = ask(lines, m.get("journal.look.chose.ask", String.join(m.ours(" · "), numbered)),
        m.get("journal.look.chose.label"), r -> LookBackReplies.chose(r, options));
    answers.outcome = ask(lines, m.get("journal.look.outcome.ask"),
        m.get("journal.look.outcome.label"), LookBackReplies::outcome)
        .map(OptionalInt::of).orElse(OptionalInt.empty());
    answers.learned = ask(lines, m.get("journal.look.learned.ask"),
        m.get("journal.look.learned.label"), LookBackReplies::learned).orElse("");
    String chanceAsk = shown.modelFirst().isPresent() && shown.chance().isPresent()
        ? m.get("journal.look.hindsight.ask", Numbers.percent(shown.chance().getAsDouble()),
            shown.modelFirst().get())
        : m.get("journal.look.hindsight.askNoChance");
    answers.hindsight = ask(lines, chanceAsk, m.get("journal.look.hindsight.label"),
        LookBackReplies::hindsight);
    answers.next = ask(lines, m.get("journal.look.next.ask"), m.get("journal.look.next.label"),
        r -> LookBackReplies.nextReview(r, today));
    return answers;
  }

  private <T> Optional<T> ask(LinePrompt lines, String lead, String label,
      Function<String, LookBackReplies.Read<T>> read) {
    say(lead);
    while (true) {
      String line = lines.read(label + context.messages().ours(" › ")).orElseThrow(
          () -> new Problem(Problem.Kind.CANCELLED, Message.of("journal.look.stopped")));
      LookBackReplies.Read<T> got = read.apply(line);
      if (got.refused().isEmpty()) {
        return got.value();
      }
      Wrap.lines(context.messages().get(got.refused().get()), width, "  ! ", "    ")
          .forEach(out()::println);
    }
  }

  private int write(ProfileStore store, StoredProfile profile, Answers answers,
      Snapshot snapshot, LocalDate today) {
    Messages m = context.messages();
    if (answers.isEmpty()) {
      say(m.get("journal.look.nothing"));
      return ExitCode.OK;
    }
    JournalEntry entry = new JournalEntry(today, answers.chose, answers.outcome, answers.learned,
        answers.hindsight, snapshot.gutFirst(), snapshot.modelFirst(), snapshot.chance());
    boolean written = !entry.saysNothing();
    store.update(profile.name(), current -> {
      Decision moved = movedReview(current, answers.next);
      Meta meta = moved.meta().withReviewDate(answers.next);
      Decision changed = moved.withMeta(written ? meta.lookedBack(entry) : meta);
      // Within the limits a profile is read with, so what is written can be opened again.
      LimitCheck.check(changed);
      return changed;
    });
    if (written) {
      say(m.get("journal.look.written", profile.name().value(), today));
    }
    answers.next.ifPresent(date -> say(m.get("journal.look.nextSet", date)));
    return ExitCode.OK;
  }

  /**
   * {@code decision} with the reflection that set its review date (a template's date prompt, which
   * holds the same date) moved to {@code next} too, so the sheet and a later edit show the new
   * date rather than the old one.
   */
  private static Decision movedReview(Decision decision, Optional<LocalDate> next) {
    Optional<String> old = decision.meta().reviewDate().map(LocalDate::toString);
    if (next.isEmpty() || old.isEmpty()) {
      return decision;
    }
    Map<String, String> reflections = new LinkedHashMap<>(decision.reflections());
    reflections.replaceAll((id, text) -> text.strip().equals(old.get()) ? next.get().toString()
        : text);
    return new Decision(decision.title(), decision.language(), decision.options(),
        decision.criteria(), decision.gates(), decision.weights(), decision.ratings(), reflections,
        decision.scenarios(), decision.meta());
  }

  /** What the gut and the model put first today, as labels, and the model's chance. */
  private record Snapshot(Optional<String> gutFirst, Optional<String> modelFirst,
      OptionalDouble chance) {}

  private Snapshot snapshot(Decision decision, Verdict verdict) {
    Optional<String> gut = decision.meta().gutRanking().stream().findFirst()
        .map(id -> label(decision, id));
    if (verdict.kind() == Verdict.Kind.TIE || verdict.leader().isEmpty()) {
      return new Snapshot(gut, Optional.empty(), OptionalDouble.empty());
    }
    // Three decimals: what a reader can tell apart, and what the file keeps short.
    double chance = Math.round(verdict.chanceFirst() * 1000) / 1000.0;
    return new Snapshot(gut, verdict.leader().map(id -> label(decision, id)),
        OptionalDouble.of(chance));
  }

  private static String label(Decision decision, String optionId) {
    int i = decision.optionIndex(optionId);
    return i < 0 ? optionId : decision.options().get(i).label();
  }

  private void say(String text) {
    Wrap.lines(text, width, "", "").forEach(out()::println);
    out().flush();
  }

  private PrintWriter out() {
    return context.app().out();
  }
}
