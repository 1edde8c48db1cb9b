package dev.crossroads.session.step;

import dev.crossroads.session.question.Context;
import dev.crossroads.session.question.CriterionInfo;
import dev.crossroads.session.question.CustomQuestion;
import dev.crossroads.session.question.OptionsQuestion;
import dev.crossroads.session.question.PointsKept;
import dev.crossroads.session.question.Question;
import dev.crossroads.session.question.RankPlaceQuestion;
import dev.crossroads.session.question.RoomQuestion;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;

import java.util.List;

/**
 * What an answer changes beyond itself: a renamed option's answers move to its new id; points
 * keep their proportions when the criteria or one of the points change; a criterion placed in
 * the ranking, or given room in the points, takes its place.
 */
public final class Carry {
  private Carry() {}

  /** {@code state} (with q's answer) after what the answer carries; {@code before} is where it was given. */
  static SessionState over(Question q, Context before, SessionState state, Contexts contexts) {
    if (q.id().equals(Ids.TEMPLATE)) {
      return TemplateChange.carry(before, state, contexts);
    }
    if (q.id().equals(Ids.OPTIONS)) {
      return OptionsQuestion.carryRenamed(state, before.options(), contexts.of(state).options());
    }
    if (q.id().equals(Ids.CRITERIA)) {
      List<CriterionInfo> now = contexts.of(state).criteria();
      return RankPlaceQuestion.prune(PointsKept.refit(state, before.criteria(), now), now);
    }
    if (q instanceof CustomQuestion custom) {
      return custom.rescaled(before, state);
    }
    if (q instanceof RankPlaceQuestion place) {
      return place.place(state, contexts.of(state));
    }
    if (q instanceof RoomQuestion) {
      return RoomQuestion.apply(state, q.id(), contexts.of(state).criteria());
    }
    if (q.id().startsWith(Ids.POINTS)) {
      return PointsKept.rebalance(state, contexts.of(state).criteria(), q.id());
    }
    return state;
  }
}
