package dev.crossroads.session.step;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.question.Context;
import dev.crossroads.session.question.Question;
import dev.crossroads.session.state.Section;
import dev.crossroads.session.state.SessionState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The screen for where a walk stands: the section header when the section changes, the summary
 * once the review is done (before the plan and the save), then the question's prompt, with its lead left out when it is already on
 * screen and the half-typed line put back. Also what the draft keeps at that screen.
 */
record Screen(Questions questions, Contexts contexts, Path draft) {

  /**
   * The screen for where {@code w} stands: the section header when the section changes, the
   * summary before the save, then the question. With answers found missing, the review is
   * not shown: the session stops and names them.
   */
  Transition present(Walk w, List<Effect> effects) {
    SessionState state = w.state();
    Question q = Navigation.locate(questions.of(state), state);
    if (!q.id().equals(state.cursor())) {
      state = state.at(q.id()).typing(w.prefill());
      w = w.with(state);
    }
    Context ctx = contexts.of(state);
    if (q.section() == Section.REVIEW && !w.missing().isEmpty()) {
      Effect draftEffect = draftOf(w);
      effects.add(draftEffect);
      String missing = String.join(", ", w.missing());
      return new Transition(w, effects, new Next.Stop(new Problem(Problem.Kind.BAD_DATA,
          draftEffect instanceof Effect.Draft
              ? Message.of("session.input.missing", missing, draft.toString())
              : Message.of("session.input.missingNoDraft", missing))));
    }
    if (q.section().afterReview() && !w.summaryShown()) {
      // The summary has the save's header ("Summary"); the plan is asked after it.
      effects.add(new Effect.Say(""));
      effects.add(new Effect.Say(header(Section.SAVE)));
      effects.add(new Effect.ShowSummary(
          Outgoing.of(ctx, contexts.editing(), contexts.catalogue()).profile()));
      w = w.shown(Section.SAVE).withSummary();
    }
    if (!w.header().equals(Optional.of(q.section()))
        && !(q.section() == Section.SAVE && w.header().equals(Optional.of(Section.PLAN)))) {
      effects.add(new Effect.Say(""));
      effects.add(new Effect.Say(header(q.section())));
      w = w.shown(q.section());
    }
    return new Transition(w, effects, new Next.Ask(prompt(w, q, ctx)));
  }

  /** The prompt of {@code q} as {@code w} shows it. */
  static Prompt prompt(Walk w, Question q, Context ctx) {
    Prompt prompt = q.prompt(ctx);
    if (w.leadHidden()) {
      prompt = prompt.withoutLead();
    }
    return prompt.withPrefill(w.prefill());
  }

  /** What the draft keeps of {@code w}: the answers the person gave, at the screen shown. */
  Effect draftOf(Walk w) {
    return Drafting.of(w.state(), w.defaulted(),
        s -> Navigation.locate(questions.of(s), s).id());
  }

  /**
   * A section's header: a rule around its number and name, or under {@code --ascii} the same in
   * words ("Part 1 of 8: The decision"), which a screen reader reads as it is written.
   */
  private String header(Section section) {
    Messages messages = contexts.messages();
    String name = messages.get(section.key());
    if (messages.ascii()) {
      return section.numbered() ? messages.get("session.section.part", section.ordinal() + 1,
          Section.NUMBERED, name) : name;
    }
    if (!section.numbered()) {
      return "── " + name + " ──";
    }
    return "── " + (section.ordinal() + 1) + "/" + Section.NUMBERED + " · " + name + " ──";
  }
}
