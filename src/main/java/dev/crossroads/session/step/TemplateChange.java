package dev.crossroads.session.step;

import dev.crossroads.decision.Option;
import dev.crossroads.session.question.Context;
import dev.crossroads.session.question.CriterionInfo;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a change of template keeps: the options and criteria chosen, under the words the person
 * saw (a criterion the new template does not know keeps its old label, never its hidden id),
 * and every answer about them (ratings, points, ranks, pairs, dealbreakers, the gut ranking)
 * moved to the ids they have under the new template.
 */
final class TemplateChange {
  private TemplateChange() {}

  static SessionState carry(Context before, SessionState state, Contexts contexts) {
    Optional<String> was = before.state().text(Ids.TEMPLATE);
    if (was.isEmpty() || before.template().isEmpty()
        || was.equals(state.text(Ids.TEMPLATE))) {
      return state;
    }
    SessionState out = state;
    if (state.answer(Ids.CRITERIA).isPresent()) {
      List<String> items = new ArrayList<>();
      for (String item : state.items(Ids.CRITERIA)) {
        items.add(before.blueprint().criterion(item).map(CriterionInfo::label).orElse(item));
      }
      out = out.with(Ids.CRITERIA, Answer.items(items));
    }
    if (state.answer(Ids.OPTIONS).isEmpty() && aboutOptions(state)) {
      // The old template's options were taken as they were, and answers were given about them
      // (a gut ranking, ratings): they stay the person's options. Before any such answer, the
      // new template's own options are offered instead.
      out = out.with(Ids.OPTIONS, Answer.items(before.options().stream()
          .map(Option::label).toList()));
    }
    Context after = contexts.of(out);
    Map<String, String> renamed = new LinkedHashMap<>();
    if (state.answer(Ids.CRITERIA).isPresent()) {
      renames(before.criteria().stream().map(CriterionInfo::id).toList(),
          after.criteria().stream().map(CriterionInfo::id).toList(), renamed);
    }
    renames(before.options().stream().map(Option::id).toList(),
        after.options().stream().map(Option::id).toList(), renamed);
    return moved(out, renamed).at(state.cursor()).reviewing(state.reviewing())
        .typing(state.typing());
  }

  private static boolean aboutOptions(SessionState state) {
    return state.answer(Ids.GUT).isPresent()
        || state.answers().keySet().stream().anyMatch(k -> k.startsWith(Ids.RATING));
  }

  /** Pairs up the ids in the same places; nothing when the lists no longer line up. */
  private static void renames(List<String> from, List<String> to, Map<String, String> out) {
    if (from.size() != to.size()) {
      return;
    }
    for (int i = 0; i < from.size(); i++) {
      if (!from.get(i).equals(to.get(i))) {
        out.put(from.get(i), to.get(i));
      }
    }
  }

  /** Every answer keyed by or listing an old id, under its new id. */
  private static SessionState moved(SessionState state, Map<String, String> renamed) {
    if (renamed.isEmpty()) {
      return state;
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Map.Entry<String, Answer> e : state.answers().entrySet()) {
      String key = e.getKey();
      Answer value = e.getValue();
      if (!key.equals(Ids.CRITERIA) && !key.equals(Ids.OPTIONS)
          && value instanceof Answer.Items items) {
        value = Answer.items(items.values().stream().map(v -> renamed.getOrDefault(v, v))
            .toList());
      }
      answers.put(renamedKey(key, renamed), value);
    }
    return new SessionState(state.language(), answers, state.cursor(), state.reviewing(),
        state.typing(), state.origin());
  }

  /** {@code rating.job.growth} and the like with each dotted part that is an old id renamed. */
  private static String renamedKey(String key, Map<String, String> renamed) {
    String[] parts = key.split("\\.", -1);
    for (int i = 1; i < parts.length; i++) {
      parts[i] = renamed.getOrDefault(parts[i], parts[i]);
    }
    return String.join(".", parts);
  }
}
