package dev.crossroads.session.edit;

import static dev.crossroads.session.edit.SavedAnswers.askedMoneyCriterion;

import dev.crossroads.session.question.Blueprint;
import dev.crossroads.session.question.Choices;
import dev.crossroads.session.question.CriterionInfo;
import dev.crossroads.session.question.Reflection;
import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.RatingScale;
import dev.crossroads.money.MoneyPlan;
import dev.crossroads.store.Profile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A template widened with what a saved profile has of its own (options, criteria with their
 * scales, notes), so that every answer the profile holds has a question to go to.
 */
public final class ProfileBlueprint {
  private ProfileBlueprint() {}

  /**
   * {@code template} with the profile's options first, its criteria as the profile defines them
   * (keeping the template's words where the ids meet), its notes as prompts of their own, and its
   * money plan carried over when the session's questions cannot express it.
   */
  public static Blueprint widen(Blueprint template, Profile profile, Messages messages) {
    Decision d = profile.resolved();
    Optional<String> asked = askedMoneyCriterion(template, profile, messages);

    List<Option> options = new ArrayList<>(d.options());
    template.options().stream().filter(o -> d.optionIndex(o.id()) < 0).forEach(options::add);

    List<CriterionInfo> catalogue = new ArrayList<>();
    for (CriterionInfo c : template.catalogue()) {
      int i = d.criterionIndex(c.id());
      catalogue.add(i < 0 ? c : new CriterionInfo(d.criteria().get(i), c.description(),
          c.question(), c.low(), c.high(), c.example()));
    }
    for (Criterion c : d.criteria()) {
      if (template.criterion(c.id()).isEmpty() && asked.filter(c.id()::equals).isEmpty()) {
        catalogue.add(own(c, messages));
      }
    }

    List<Reflection> reflections = new ArrayList<>(template.reflections());
    Set<String> prompts = new HashSet<>(reflections.stream().map(Reflection::id).toList());
    for (String id : d.reflections().keySet()) {
      if (!prompts.contains(id)) {
        reflections.add(new Reflection(id, false, id, messages.get("session.edit.ownNote"),
            Optional.empty(), Optional.empty()));
      }
    }
    Optional<MoneyPlan> kept = asked.isPresent() ? Optional.empty() : profile.money();
    return new Blueprint(template.id(), template.title(), template.intro(), options, catalogue,
        template.preselected(), template.suggestedPoints(), reflections, kept,
        template.moneyCriteria(), template.money());
  }

  /** A criterion of the profile's own, with plain words for its questions. */
  private static CriterionInfo own(Criterion c, Messages m) {
    if (c.scale().equals(RatingScale.ONE_TO_TEN) && c.direction() == Direction.BENEFIT) {
      CriterionInfo custom = Choices.custom(c.id(), c.label(), m);
      return new CriterionInfo(c,
          c.description().isBlank() ? custom.description() : c.description(), custom.question(), custom.low(),
          custom.high(), "");
    }
    boolean benefit = c.isBenefit();
    // A profile's own quantity may be a net figure: a cost that turns into a saving.
    return new CriterionInfo(c,
        c.description().isBlank() ? m.get("session.custom.description", c.label())
            : c.description(),
        m.get("session.edit.question", c.label(), "{option}"),
        m.get(benefit ? "session.edit.worse" : "session.edit.better"),
        m.get(benefit ? "session.edit.better" : "session.edit.worse"), "", true);
  }
}
