package dev.crossroads.session.step;

import dev.crossroads.session.question.Context;
import dev.crossroads.session.question.Flow;
import dev.crossroads.session.question.Outcome;
import dev.crossroads.session.question.Question;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;
import dev.crossroads.session.state.SessionState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An edit's answers with each one checked by its question, as if it had been typed: an answer
 * the question refuses (a saved date in words, a rating a file put outside the scale) is taken
 * out, so it is asked again rather than reaching the analysis. An edit meant to open at the
 * review opens at the first such question instead.
 */
public final class EditSettling {
  private EditSettling() {}

  /** The settled state, and one line per answer taken out. */
  record Settled(SessionState state, List<String> refusals) {}

  static Settled settle(SessionState start, Flow flow, Contexts contexts) {
    SessionState state = start;
    List<String> refusals = new ArrayList<>();
    List<Question> qs = flow.questions(contexts.of(state));
    for (int i = 0; i < qs.size(); i++) {
      Question q = qs.get(i);
      Optional<Answer> given = state.answer(q.id());
      // The question at the cursor may hold a list still being edited when the edit stopped.
      if (q.section() == Section.REVIEW || q.section() == Section.SAVE || given.isEmpty()
          || q.id().equals(state.cursor())) {
        continue;
      }
      Context ctx = contexts.of(state);
      Outcome outcome = q.given(given.get(), ctx);
      if (outcome instanceof Outcome.Done done) {
        if (done.answer().equals(given.get())) {
          continue;
        }
        state = state.with(q.id(), done.answer());
        qs = flow.questions(contexts.of(state));
      } else {
        String shown = given.get() instanceof Answer.Text t ? t.value()
            : String.join(", ", ((Answer.Items) given.get()).values());
        dev.crossroads.Message reason = outcome instanceof Outcome.Invalid inv ? inv.reason()
            : dev.crossroads.Message.of("session.edit.unfinished");
        refusals.add(ctx.t("session.edit.refused", q.title(ctx), shown, reason));
        state = state.without(q.id());
        // The questions may now be others (the ratings follow the options): check from the top.
        qs = flow.questions(contexts.of(state));
        i = -1;
      }
    }
    if (!refusals.isEmpty() && state.cursor().equals(Ids.REVIEW)) {
      for (Question q : flow.questions(contexts.of(state))) {
        if (q.section() != Section.REVIEW && state.answer(q.id()).isEmpty()) {
          return new Settled(state.at(q.id()), refusals);
        }
      }
    }
    // A line half typed when a resumed edit stopped is kept.
    return new Settled(state.typing(start.typing()), refusals);
  }
}
