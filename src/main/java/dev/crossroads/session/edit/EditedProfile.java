package dev.crossroads.session.edit;

import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.state.Answer;

import dev.crossroads.Message;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.money.MoneyPlan;
import dev.crossroads.store.Profile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The profile an edit saves: the decision the session assembled, with what the questions could
 * not carry put back from the profile the edit started from. Its journal, its scenarios (fitted
 * to the edited options and criteria), dealbreakers the dealbreaker question cannot show, the template id when
 * the question bank no longer has that template, and the weights exactly as they were when none
 * of the weighting answers or criteria changed (the questions show them as whole points).
 */
public final class EditedProfile {
  /** What to save, and a line for each scenario that had to change. */
  public record Result(Profile profile, List<Message> notices) {
    public Result {
      notices = List.copyOf(notices);
    }
  }

  private EditedProfile() {}

  public static Result of(EditTarget target, Decision edited, Optional<MoneyPlan> plan,
      Map<String, Answer> answers, Map<String, Answer> prefill, List<Catalogue.Title> titles) {
    Decision original = target.profile().decision();
    Decision d = keepTemplate(edited, original, titles);
    // The journal is a record of looks back: no question asks it, and no edit may lose it.
    d = d.withMeta(d.meta().withJournal(original.meta().journal()));
    List<Gate> kept = keptGates(original, d);
    if (!kept.isEmpty()) {
      List<Gate> gates = new ArrayList<>(d.gates());
      gates.addAll(kept);
      d = d.withGates(gates);
    }
    if (untouchedWeights(original, d, answers, prefill)) {
      d = d.withWeights(original.weights());
    }
    EditedScenarios.Fitted fitted = EditedScenarios.fit(original.scenarios(), d);
    return new Result(new Profile(d.withScenarios(fitted.scenarios()), plan), fitted.notices());
  }

  /**
   * {@code edited} with the template id {@code original} was saved with, when the question bank
   * lacks that template and the edit kept the stand-in: the id says where the decision came from,
   * and a bank that has the template again should find it.
   */
  static Decision keepTemplate(Decision edited, Decision original, List<Catalogue.Title> titles) {
    String own = original.meta().templateId();
    String standIn = SavedAnswers.templateId(original, titles);
    if (own.equals(standIn) || !edited.meta().templateId().equals(standIn)) {
      return edited;
    }
    return edited.withMeta(edited.meta().withTemplateId(own));
  }

  /** The original's gates the dealbreaker question could not show, on criteria still there. */
  private static List<Gate> keptGates(Decision original, Decision edited) {
    Set<String> gated = new HashSet<>();
    edited.gates().forEach(g -> gated.add(g.criterionId()));
    List<Gate> out = new ArrayList<>();
    for (Gate g : original.gates()) {
      int i = original.criterionIndex(g.criterionId());
      if (i >= 0 && !SavedAnswers.askable(g, original.criteria().get(i))
          && edited.criterionIndex(g.criterionId()) >= 0 && !gated.contains(g.criterionId())) {
        out.add(g);
      }
    }
    return out;
  }

  private static boolean untouchedWeights(Decision original, Decision edited,
      Map<String, Answer> answers, Map<String, Answer> prefill) {
    Set<String> before = new HashSet<>(original.criteria().stream().map(Criterion::id).toList());
    Set<String> after = new HashSet<>(edited.criteria().stream().map(Criterion::id).toList());
    return before.equals(after) && weighting(answers).equals(weighting(prefill));
  }

  private static Map<String, Answer> weighting(Map<String, Answer> answers) {
    Map<String, Answer> out = new TreeMap<>();
    answers.forEach((id, a) -> {
      if (SavedAnswers.weighting(id)) {
        out.put(id, a);
      }
    });
    return out;
  }
}
