package dev.crossroads.session.step;

import dev.crossroads.Problem;
import dev.crossroads.Message;
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
 * before the save, then the question's prompt, with its lead left out when it is already on
 * screen and the half-typed line put back. Also what the draft keeps at that screen.
 */
final class Screen {
  private final Questions questions;
  private final Contexts contexts;
  private final Path draft;

  Screen(Questions questions, Contexts contexts, Path draft) {
    this.questions = questions;
    this.contexts = contexts;
    this.draft = draft;
  }

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
    if (!w.header().equals(Optional.of(q.section()))) {
      effects.add(new Effect.Say(""));
      effects.add(new Effect.Say(header(q.section())));
      w = w.shown(q.section());
    }
    if (q.section() == Section.SAVE && !w.summaryShown()) {
      effects.add(new Effect.ShowSummary(
          Outgoing.of(ctx, contexts.editing(), contexts.catalogue()).profile()));
      w = w.withSummary();
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

  private String header(Section section) {
    String name = contexts.messages().get(section.key());
    if (section == Section.SAVE) {
      return "── " + name + " ──";
    }
    return "── " + (section.ordinal() + 1) + "/" + Section.NUMBERED + " · " + name + " ──";
  }
}
