package dev.crossroads.session;

import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import dev.crossroads.store.Profile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The session as a state machine: the state is the answers and the question it is at; each
 * reply moves it on, back, or keeps it where it is with a reason. Every change is drafted
 * before the next question is put, so stopping at any moment loses nothing.
 */
public final class Session {
  private static final Set<String> BACK = Set.of("back", "뒤로", "이전");
  private static final Set<String> HELP = Set.of("?", "help", "도움말");

  private final Messages messages;
  private final Asker asker;
  private final Catalogue catalogue;
  private final Summarizer summarizer;
  private final ProfileSaver saver;
  private final Drafts drafts;
  private final Path draft;
  private final LocalDate today;
  private final int width;
  private final PrintWriter out;
  private final Flow flow;
  private Optional<Blueprint> blueprint = Optional.empty();
  private String blueprintId = "";
  private Map<String, List<String>> aliases = Map.of();
  private Optional<EditTarget> editing = Optional.empty();

  /** How a session ended: finished and saved, or stopped with its draft kept. */
  public record Result(
      int exitCode, SessionState state, Optional<Decision> decision, Optional<Path> profile,
      List<String> missing) {}

  public Session(
      Messages messages,
      Asker asker,
      Catalogue catalogue,
      Summarizer summarizer,
      ProfileSaver saver,
      Drafts drafts,
      Path draft,
      LocalDate today,
      int width,
      PrintWriter out) {
    this.messages = messages;
    this.asker = asker;
    this.catalogue = catalogue;
    this.summarizer = summarizer;
    this.saver = saver;
    this.drafts = drafts;
    this.draft = draft;
    this.today = today;
    this.width = width;
    this.out = out;
    this.flow = new Flow(catalogue.titles(messages.isKorean() ? "ko" : "en"));
  }

  /**
   * Hands over the profile an edit starts from, already read, so the session need not read it
   * again from the draft's copy.
   */
  public Session editing(EditTarget target) {
    editing = Optional.of(target);
    return this;
  }

  public Path draft() {
    return draft;
  }

  /**
   * Runs the session from {@code start} until it is saved or stopped. Nothing escapes but a
   * {@link Failure} with a one-line reason: a draft that cannot be resumed says why and offers
   * to discard it, and anything unforeseen keeps the draft and names it.
   */
  public Result run(SessionState start) {
    if (java.nio.file.Files.exists(draft)) {
      Optional<Message> why = Resumable.check(start, s -> {
        Context ctx = context(s);
        List<Question> qs = flow.questions(ctx);
        Question q = locate(qs, s);
        q.prompt(ctx);
        if (q.section() == Section.SAVE) {
          outgoing(ctx);
        }
      });
      if (why.isPresent()) {
        return Resumable.refuse(why.get(), messages, asker, drafts, draft, start);
      }
    }
    try {
      return loop(start);
    } catch (Failure f) {
      throw f;
    } catch (RuntimeException e) {
      throw new Failure(ExitCode.INTERNAL, Message.of("session.crashed", String.valueOf(e),
          draft.toString(), Resumable.name(draft)), e);
    }
  }

  private Result loop(SessionState start) {
    SessionState state = start.origin().isPresent() ? settled(start) : start;
    Section shownSection = null;
    boolean summaryShown = false;
    boolean lastWasHelp = false;
    boolean showLead = true;
    String prefill = start.typing();
    List<String> missing = new ArrayList<>();
    Set<String> defaulted = new java.util.HashSet<>();
    while (true) {
      Context ctx = context(state);
      List<Question> qs = flow.questions(ctx);
      Question q = locate(qs, state);
      if (!q.id().equals(state.cursor())) {
        state = state.at(q.id()).typing(prefill);
      }
      if (q.section() == Section.REVIEW && !missing.isEmpty()) {
        throw new Failure(ExitCode.DATA, keep(state, defaulted)
            ? Message.of("session.input.missing", String.join(", ", missing), draft.toString())
            : Message.of("session.input.missingNoDraft", String.join(", ", missing)));
      }
      if (q.section() != shownSection) {
        asker.say("");
        asker.say(header(q.section(), ctx));
        shownSection = q.section();
      }
      if (q.section() == Section.SAVE && !summaryShown) {
        showSummary(ctx);
        summaryShown = true;
      }
      Prompt prompt = q.prompt(ctx);
      if (!showLead) {
        prompt = prompt.withoutLead();
      }
      prompt = prompt.withPrefill(prefill);
      Reply reply = asker.ask(prompt);
      showLead = true;
      prefill = "";
      Outcome outcome;
      String typed = "";
      // A default taken for nobody is not an answer: the draft leaves it out. An answer the
      // session started with (a resumed draft, the profile an edit opens) stays one.
      boolean byDefault = reply instanceof Reply.Defaulted
          && (state.answer(q.id()).isEmpty() || defaulted.contains(q.id()));
      if (reply instanceof Reply.Stopped s) {
        state = state.typing(s.partial());
        // Nothing given yet: a draft would only be clutter to resume, so keep() leaves none.
        keep(state, defaulted);
        return new Result(ExitCode.INTERRUPTED, state, Optional.empty(), Optional.empty(),
            missing);
      } else if (reply instanceof Reply.Back) {
        state = back(qs, q, state);
        lastWasHelp = false;
        continue;
      } else if (reply instanceof Reply.Missing) {
        missing.add(q.id());
        state = state.at(next(ctx, q, state, missing)).reviewing(state.reviewing());
        continue;
      } else if (reply instanceof Reply.Given g) {
        outcome = q.given(g.answer(), ctx);
        typed = g.answer() instanceof Answer.Text t ? t.value()
            : String.join(", ", ((Answer.Items) g.answer()).values());
      } else {
        typed = reply instanceof Reply.Typed t ? t.line().strip() : "";
        String word = typed.toLowerCase(Locale.ROOT);
        if (asker.interactive() && HELP.contains(word)
            && !(q.takesDontKnow() && lastWasHelp && word.equals("?"))) {
          q.help(ctx).forEach(line -> asker.say("  " + line));
          lastWasHelp = true;
          showLead = false;
          continue;
        }
        if (BACK.contains(word)) {
          state = back(qs, q, state);
          lastWasHelp = false;
          continue;
        }
        String line = typed.isEmpty() ? prompt.defaultText().orElse("") : typed;
        outcome = q.typed(line, ctx);
      }
      if (byDefault) {
        defaulted.add(q.id());
      } else {
        defaulted.remove(q.id());
      }
      lastWasHelp = false;
      if (outcome instanceof Outcome.Invalid inv) {
        try {
          asker.rejected(prompt, typed, inv.reason());
        } catch (FileAsker.Unanswered e) {
          missing.add(q.id());
          state = state.at(next(ctx, q, state, missing));
          continue;
        }
        // Asked again on a clean line: the refused text stays on screen above the reason (and
        // in the history, a key away), but new typing is never appended to it.
        showLead = false;
        continue;
      }
      if (outcome instanceof Outcome.Working w) {
        state = carried(q, ctx, state.with(q.id(), w.answer()));
        keep(state, defaulted);
        continue;
      }
      if (outcome instanceof Outcome.Jump j) {
        // After the jump, come back to the first question still open (the review, or the
        // consistency check that sent the person to a judgement).
        state = state.at(j.questionId()).reviewing(true);
        keep(state, defaulted);
        continue;
      }
      Answer answer = ((Outcome.Done) outcome).answer();
      if (q.section() == Section.SAVE) {
        SessionState done = state.with(q.id(), answer);
        String name = ((Answer.Text) answer).value();
        Outgoing outgoing = outgoing(context(done));
        Profile profile = outgoing.profile();
        Decision decision = profile.decision();
        List<Message> notices = outgoing.notices();
        Optional<EditOrigin> over = done.origin().filter(o -> o.name().equals(name));
        Path saved;
        try {
          saved = over.isPresent() ? saver.replace(over.get(), profile)
              : saver.save(profile, name);
        } catch (Failure f) {
          if (!asker.interactive()) {
            // Nobody can give another name: stop with the store's reason and exit code, keeping
            // every answer for a resume.
            keep(state, defaulted);
            throw new Failure(f.exitCode(),
                Message.of("session.save.failedDraft", f.userMessage(), draft.toString()), f);
          }
          asker.rejected(prompt, typed, f.userMessage());
          showLead = false;
          continue;
        }
        drafts.delete(draft);
        for (Message notice : notices) {
          out.println(messages.get(notice));
        }
        out.println(over.isPresent() ? messages.get("session.edit.saved", saved.toString())
            : messages.get("session.saved", saved.toString()));
        out.flush();
        return new Result(ExitCode.OK, done, Optional.of(decision), Optional.of(saved), missing);
      }
      state = carried(q, ctx, state.with(q.id(), answer));
      Context after = context(state);
      for (String line : q.after(after)) {
        asker.say("  " + line);
      }
      String nextId = next(after, q, state, missing);
      if (q.section() == Section.WEIGHTS && !weighing(after, nextId)) {
        WeightsNotice.of(after).ifPresent(notice -> asker.say("  " + notice));
      }
      state = state.at(nextId);
      if (q.section() == Section.REVIEW && !nextId.equals(Ids.SAVE)) {
        state = state.reviewing(true);
      }
      keep(state, defaulted);
    }
  }

  /**
   * Drafts {@code state} with only the answers the person gave: those in {@code defaulted} were
   * defaults taken because nobody could be asked, and are left out, so that the draft is listed
   * and resumed at its first unanswered question. When nothing at all was given, no draft is
   * kept (one left by an earlier step is removed). True when a draft is kept.
   */
  private boolean keep(SessionState state, Set<String> defaulted) {
    SessionState given = state;
    boolean left = false;
    for (String id : defaulted) {
      left |= given.answer(id).isPresent();
      given = given.without(id);
    }
    if (given.answers().isEmpty() && given.typing().isBlank() && given.origin().isEmpty()) {
      drafts.delete(draft);
      return false;
    }
    if (left) {
      SessionState open = given.at("").reviewing(false);
      given = open.at(locate(flow.questions(context(open)), open).id());
    }
    drafts.save(draft, given);
    return true;
  }

  /**
   * What an answer changes beyond itself, {@code before} being the context it was given in: a
   * renamed option's answers move to its new id, and points keep their proportions when the
   * criteria or one of the points change.
   */
  private SessionState carried(Question q, Context before, SessionState state) {
    if (q.id().equals(Ids.OPTIONS)) {
      return OptionsQuestion.carryRenamed(state, before.options(), context(state).options());
    }
    if (q.id().equals(Ids.CRITERIA)) {
      List<CriterionInfo> now = context(state).criteria();
      return RankPlaceQuestion.prune(PointsQuestion.refit(state, before.criteria(), now), now);
    }
    if (q instanceof CustomQuestion custom) {
      return custom.rescaled(before, state);
    }
    if (q instanceof RankPlaceQuestion place) {
      return place.place(state, context(state));
    }
    if (q instanceof RoomQuestion) {
      return RoomQuestion.apply(state, q.id(), context(state).criteria());
    }
    if (q.id().startsWith(Ids.POINTS)) {
      return PointsQuestion.rebalance(state, context(state).criteria(), q.id());
    }
    return state;
  }

  /**
   * An edit's answers with each one checked by its question, as if it had been typed: an answer
   * the question refuses (a saved date in words, a rating a file put outside the scale) is taken
   * out, so it is asked again rather than reaching the analysis. An edit meant to open at the
   * review opens at the first such question instead.
   */
  private SessionState settled(SessionState start) {
    SessionState state = start;
    boolean removed = false;
    List<Question> qs = flow.questions(context(state));
    for (int i = 0; i < qs.size(); i++) {
      Question q = qs.get(i);
      Optional<Answer> given = state.answer(q.id());
      // The question at the cursor may hold a list still being edited when the edit stopped.
      if (q.section() == Section.REVIEW || q.section() == Section.SAVE || given.isEmpty()
          || q.id().equals(state.cursor())) {
        continue;
      }
      Context ctx = context(state);
      Outcome outcome = q.given(given.get(), ctx);
      if (outcome instanceof Outcome.Done done) {
        if (done.answer().equals(given.get())) {
          continue;
        }
        state = state.with(q.id(), done.answer());
        qs = flow.questions(context(state));
      } else {
        String shown = given.get() instanceof Answer.Text t ? t.value()
            : String.join(", ", ((Answer.Items) given.get()).values());
        Message reason = outcome instanceof Outcome.Invalid inv ? inv.reason()
            : Message.of("session.edit.unfinished");
        out.println(messages.get("session.edit.refused", q.title(ctx), shown, reason));
        state = state.without(q.id());
        removed = true;
        // The questions may now be others (the ratings follow the options): check from the top.
        qs = flow.questions(context(state));
        i = -1;
      }
    }
    if (removed && state.cursor().equals(Ids.REVIEW)) {
      for (Question q : flow.questions(context(state))) {
        if (q.section() != Section.REVIEW && state.answer(q.id()).isEmpty()) {
          return state.at(q.id());
        }
      }
    }
    // A line half typed when a resumed edit stopped is kept.
    return state.typing(start.typing());
  }

  /**
   * The answers to the questions as they stand, in order, ready to be replayed. Options are
   * written as their labels (an edit keeps them as ids), unless two share a label.
   */
  public Map<String, Answer> answersInOrder(SessionState state) {
    Map<String, Answer> out = new LinkedHashMap<>();
    Context ctx = context(state);
    for (Question q : flow.questions(ctx)) {
      if (q.section() != Section.REVIEW) {
        state.answer(q.id()).ifPresent(a -> out.put(q.id(), a));
      }
    }
    if (out.containsKey(Ids.OPTIONS)) {
      List<String> labels = ctx.options().stream().map(Option::label).toList();
      if (labels.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).distinct().count()
          == labels.size()) {
        out.put(Ids.OPTIONS, Answer.items(labels));
      }
    }
    return out;
  }

  private Context context(SessionState state) {
    Optional<String> id = state.text(Ids.TEMPLATE);
    if (id.isEmpty()) {
      blueprint = Optional.empty();
      blueprintId = "";
      aliases = Map.of();
    } else if (!id.get().equals(blueprintId)) {
      Blueprint template = catalogue.blueprint(id.get(), state.language());
      blueprint = Optional.of(target(state)
          .map(t -> SavedAnswers.widen(template, t.profile(), messages)).orElse(template));
      blueprintId = id.get();
      aliases = Aliases.of(catalogue, id.get(), state.language());
    }
    return new Context(messages, state, blueprint, today, aliases);
  }

  /**
   * The saved profile this session edits, as it was when the edit began (kept in the draft);
   * empty for a new decision.
   */
  private Optional<EditTarget> target(SessionState state) {
    if (state.origin().isEmpty()) {
      return Optional.empty();
    }
    if (editing.isEmpty() || !editing.get().origin().equals(state.origin().get())) {
      editing = Optional.of(saver.restore(state.origin().get()));
    }
    return editing;
  }

  /**
   * The question at the cursor; if it is gone (or unset), the first one not yet answered. The
   * save is reached only with every question before it answered (a resumed draft whose answers
   * changed shape goes to the first open one).
   */
  private static Question locate(List<Question> qs, SessionState state) {
    for (Question q : qs) {
      if (q.id().equals(state.cursor())) {
        if (q.section() == Section.SAVE) {
          break;
        }
        return q;
      }
    }
    for (Question q : qs) {
      if (state.answer(q.id()).isEmpty() && q.section() != Section.SAVE) {
        return q;
      }
    }
    return qs.get(qs.size() - 1);
  }

  private SessionState back(List<Question> qs, Question q, SessionState state) {
    int i = qs.indexOf(q);
    if (i <= 0) {
      asker.say("  " + messages.get("session.back.first"));
      return state;
    }
    SessionState moved = state.at(qs.get(i - 1).id());
    drafts.save(draft, moved);
    return moved;
  }

  /**
   * The question after {@code q}, once {@code state} (with q's answer) is taken into account.
   * Questions already found {@code missing} (nobody can answer them here) are passed over, so a
   * session without a terminal moves on to report them instead of asking again.
   */
  private String next(Context ctx, Question q, SessionState state, List<String> missing) {
    List<Question> qs = flow.questions(ctx.with(state));
    if (q.section() == Section.REVIEW || state.reviewing()) {
      // Nothing reaches the save unanswered, even an edit opened at the review.
      for (Question x : qs) {
        if (x.section() == Section.REVIEW) {
          break;
        }
        if (state.answer(x.id()).isEmpty() && !missing.contains(x.id())) {
          return x.id();
        }
      }
      return q.section() == Section.REVIEW && missing.isEmpty() ? Ids.SAVE : Ids.REVIEW;
    }
    for (int i = 0; i < qs.size() - 1; i++) {
      if (qs.get(i).id().equals(q.id())) {
        return qs.get(i + 1).id();
      }
    }
    // The answer took its question away (a criterion placed in the ranking): the first open one.
    for (Question x : qs) {
      if (x.section() == Section.REVIEW) {
        break;
      }
      if (state.answer(x.id()).isEmpty() && !missing.contains(x.id())) {
        return x.id();
      }
    }
    return Ids.REVIEW;
  }

  /** True while question {@code id} is still part of the weighting step. */
  private boolean weighing(Context ctx, String id) {
    return flow.questions(ctx).stream()
        .anyMatch(x -> x.id().equals(id) && x.section() == Section.WEIGHTS);
  }

  private String header(Section section, Context ctx) {
    String name = messages.get(section.key());
    if (section == Section.SAVE) {
      return "── " + name + " ──";
    }
    return "── " + (section.ordinal() + 1) + "/" + Section.NUMBERED + " · " + name + " ──";
  }

  /** The profile a session saves, and what to say about what an edit could not keep. */
  private record Outgoing(Profile profile, List<Message> notices) {}

  /**
   * The profile the answers make; for an edit, with what the questions could not carry put back
   * from the profile it started from. The summary shows exactly this.
   */
  private Outgoing outgoing(Context ctx) {
    Decision decision = DecisionAssembler.assemble(ctx);
    Profile profile = new Profile(decision, MoneySection.plan(ctx));
    Optional<EditTarget> target = target(ctx.state());
    if (target.isEmpty()) {
      return new Outgoing(profile, List.of());
    }
    Map<String, Answer> saved = SavedAnswers.of(target.get().profile(), ctx.blueprint(),
        messages, target.get().origin().name()).answers();
    EditedProfile.Result edited = EditedProfile.of(target.get(), decision, profile.money(),
        ctx.state().answers(), saved, catalogue.titles(ctx.state().language()));
    return new Outgoing(edited.profile(), edited.notices());
  }

  private void showSummary(Context ctx) {
    Profile profile = outgoing(ctx).profile();
    Decision decision = profile.decision();
    Summarizer.Summary summary = summarizer.summarize(profile, messages, width);
    out.println(summary.text());
    List<String> gut = decision.meta().gutRanking();
    if (!gut.isEmpty() && !summary.ranking().isEmpty()) {
      int columns = width - 1;
      out.println();
      out.println(messages.get("session.gut.compare.title"));
      // The two rankings continue under their first option, past the "Gut"/"Model" column.
      Layout.wrap("  " + Layout.pad(messages.get("session.gut.compare.gut"), 8)
          + labels(decision, gut), columns, 10).forEach(out::println);
      Layout.wrap("  " + Layout.pad(messages.get("session.gut.compare.model"), 8)
          + labels(decision, summary.ranking()), columns, 10).forEach(out::println);
      // Whether they agree is said once, in the summary's takeaways, from the verdict.
    }
    out.println();
    out.flush();
  }

  private static String labels(Decision d, List<String> ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(label(d, id)));
    return String.join(" > ", out);
  }

  private static String label(Decision d, String id) {
    return d.options().stream().filter(o -> o.id().equals(id)).map(Option::label).findFirst()
        .orElse(id);
  }
}
