package dev.crossroads.session.step;

import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.ask.Reply;
import dev.crossroads.session.question.Context;
import dev.crossroads.session.question.Flow;
import dev.crossroads.session.question.Outcome;
import dev.crossroads.session.question.Question;
import dev.crossroads.session.question.WeightsNotice;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;
import dev.crossroads.session.state.SessionState;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The session's logic as a pure function: {@link #reply} takes where a session stands and a
 * reply, and returns where it stands next, what to show or keep, and what to wait for. Nothing
 * here prints, reads or writes; {@link Session} carries the effects out. Back, Esc, {@code edit
 * N}, the review and resuming are moves between states, not flags.
 */
public final class Step {
  private static final Set<String> BACK = Set.of("back", "뒤로", "이전");
  private static final Set<String> HELP = Set.of("?", "help", "도움말");
  private final Flow flow;
  private final Contexts contexts;
  private final boolean interactive;
  private final Path draft;
  private final Questions questions;
  private final Screen screen;

  /**
   * A step function over {@code flow}'s questions. {@code interactive} is true when a person
   * reads the screen (help and re-asking make sense); {@code draft} is named in messages only.
   */
  public Step(Flow flow, Contexts contexts, boolean interactive, Path draft) {
    this.flow = flow;
    this.contexts = contexts;
    this.interactive = interactive;
    this.draft = draft;
    this.questions = new Questions(flow, contexts);
    this.screen = new Screen(questions, contexts, draft);
  }

  /** The first screen of a session starting (or resuming) at {@code start}. */
  public Transition start(SessionState start) {
    List<Effect> effects = new ArrayList<>();
    SessionState state = start;
    if (start.origin().isPresent()) {
      EditSettling.Settled settled = EditSettling.settle(start, flow, contexts);
      settled.refusals().forEach(line -> effects.add(new Effect.Print(line)));
      state = settled.state();
    }
    return screen.present(Walk.at(state, start.typing()), effects);
  }

  /** What {@code reply} to the question {@code w} stands at makes of the session. */
  public Transition reply(Walk w, Reply reply) {
    SessionState state = w.state();
    Context ctx = contexts.of(state);
    List<Question> qs = questions.of(ctx.state());
    Question q = Navigation.locate(qs, state);
    Prompt prompt = Screen.prompt(w, q, ctx);
    Walk asked = w.asked();
    List<Effect> effects = new ArrayList<>();
    if (reply instanceof Reply.Stopped s) {
      Walk stopped = asked.with(state.typing(s.partial()));
      effects.add(screen.draftOf(stopped));
      return new Transition(stopped, effects, new Next.Finish(new SessionEnd(
          true, stopped.state(), Optional.empty(), Optional.empty(),
          w.missing())));
    }
    if (reply instanceof Reply.Back) {
      return back(asked.noHelp(), qs, q, effects);
    }
    if (reply instanceof Reply.Missing) {
      return passOver(asked, qs, q, effects);
    }
    Outcome outcome;
    String typed = reply instanceof Reply.Given g ? shown(g.answer())
        : reply instanceof Reply.Typed t ? t.line().strip() : "";
    Optional<Message> unsafe = Refusals.of(typed);
    if (unsafe.isPresent()) {
      // Refused before any question reads it; the line is quoted short and not put back.
      effects.add(new Effect.Reject(prompt, Refusals.quoted(typed), unsafe.get()));
      return screen.present(asked.noHelp().refused(), effects);
    }
    if (reply instanceof Reply.Given g) {
      outcome = q.given(g.answer(), ctx);
    } else {
      String word = typed.toLowerCase(Locale.ROOT);
      if (interactive && HELP.contains(word)
          && !(q.takesDontKnow() && w.helpShown() && word.equals("?"))) {
        q.help(ctx).forEach(line -> effects.add(new Effect.Say("  " + line)));
        return screen.present(asked.helped(), effects);
      }
      if (BACK.contains(word)) {
        return back(asked.noHelp(), qs, q, effects);
      }
      outcome = q.typed(typed.isEmpty() ? prompt.defaultText().orElse("") : typed, ctx);
    }
    // A default taken for nobody is not an answer: the draft leaves it out. An answer the
    // session started with (a resumed draft, the profile an edit opens) stays one.
    boolean byDefault = reply instanceof Reply.Defaulted
        && (state.answer(q.id()).isEmpty() || w.defaulted().contains(q.id()));
    Walk taken = asked.defaulted(q.id(), byDefault).noHelp();
    if (outcome instanceof Outcome.Invalid inv) {
      if (reply instanceof Reply.Defaulted) {
        // Nobody can correct a default the question refuses: it is missing.
        return passOver(taken, qs, q, effects);
      }
      // Asked again on a clean line: the refused text stays on screen above the reason (and
      // in the history, a key away), but new typing is never appended to it.
      effects.add(new Effect.Reject(prompt, Refusals.quoted(typed), inv.reason()));
      return screen.present(taken.refused(), effects);
    }
    if (outcome instanceof Outcome.Working working) {
      return kept(taken.with(Carry.over(q, ctx, state.with(q.id(), working.answer()), contexts)),
          effects);
    }
    if (outcome instanceof Outcome.Setting setting) {
      effects.add(new Effect.Say("  " + contexts.messages().get(setting.said())));
      return kept(taken.with(state.with(setting.id(), setting.answer()).at(q.id())), effects);
    }
    if (outcome instanceof Outcome.Jump j) {
      // After the jump, come back to the first question still open (the review, or the
      // consistency check that sent the person to a judgement).
      return kept(taken.with(state.at(j.questionId()).reviewing(true)), effects);
    }
    Answer answer = ((Outcome.Done) outcome).answer();
    if (q.section() == Section.SAVE) {
      SessionState done = state.with(q.id(), answer);
      String name = ((Answer.Text) answer).value();
      Outgoing outgoing = Outgoing.of(contexts.of(done), contexts.editing(),
          contexts.catalogue());
      return new Transition(taken, effects, new Next.Save(outgoing, name,
          done.origin().filter(o -> o.name().equals(name)), done, prompt, typed));
    }
    return answered(taken, q, ctx, state.with(q.id(), answer), effects);
  }

  /** After {@code save} wrote the profile to {@code path}: the session is over. */
  public Transition saved(Walk w, Next.Save save, Path path) {
    List<Effect> effects = new ArrayList<>();
    effects.add(new Effect.Discard());
    Messages m = contexts.messages();
    save.outgoing().notices().forEach(n -> effects.add(new Effect.Print(m.get(n))));
    effects.add(new Effect.Print(save.over().isPresent()
        ? m.get("session.edit.saved", path.toString()) : m.get("session.saved", path.toString())));
    return new Transition(w.with(save.done()), effects, new Next.Finish(new SessionEnd(
        false, save.done(), Optional.of(save.outgoing().profile().decision()),
        Optional.of(path), w.missing())));
  }

  /**
   * After the store refused {@code save}: a person is asked for another name; without one, the
   * session stops with the store's reason and kind of problem, keeping every answer for a resume.
   */
  public Transition refused(Walk w, Next.Save save, Problem failure) {
    List<Effect> effects = new ArrayList<>();
    if (!interactive) {
      effects.add(screen.draftOf(w));
      return new Transition(w, effects, new Next.Stop(new Problem(failure.kind(),
          Message.of("session.save.failedDraft", failure.userMessage(), draft.toString()),
          failure)));
    }
    effects.add(new Effect.Reject(save.prompt(), save.typed(), failure.userMessage()));
    return screen.present(w.refused(), effects);
  }

  /** An answer taken: its feedback, the next question, and the draft. */
  private Transition answered(Walk w, Question q, Context before, SessionState withAnswer,
      List<Effect> effects) {
    SessionState state = Carry.over(q, before, withAnswer, contexts);
    Context after = contexts.of(state);
    q.after(after).forEach(line -> effects.add(new Effect.Say("  " + line)));
    List<Question> qs = questions.of(state);
    String nextId = Navigation.next(qs, q, state, w.missing());
    if (q.section() == Section.WEIGHTS && !Navigation.weighing(qs, nextId)) {
      WeightsNotice.of(after).ifPresent(notice -> effects.add(new Effect.Say("  " + notice)));
    }
    state = state.at(nextId);
    if (q.section() == Section.REVIEW && !nextId.equals(Ids.SAVE)) {
      state = state.reviewing(true);
    }
    return kept(w.with(state), effects);
  }

  /** Question {@code q} cannot be answered here: note it and move on. */
  private Transition passOver(Walk w, List<Question> qs, Question q, List<Effect> effects) {
    Walk missed = w.missed(q.id());
    return screen.present(missed.with(w.state().at(
        Navigation.next(qs, q, w.state(), missed.missing()))), effects);
  }

  private Transition back(Walk w, List<Question> qs, Question q, List<Effect> effects) {
    Optional<String> previous = Navigation.previous(qs, q);
    if (previous.isEmpty()) {
      effects.add(new Effect.Say("  " + contexts.messages().get("session.back.first")));
      return screen.present(w, effects);
    }
    return kept(w.with(w.state().at(previous.get())), effects);
  }

  private Transition kept(Walk w, List<Effect> effects) {
    effects.add(screen.draftOf(w));
    return screen.present(w, effects);
  }

  private static String shown(Answer answer) {
    return answer instanceof Answer.Text t ? t.value()
        : String.join(", ", ((Answer.Items) answer).values());
  }
}
