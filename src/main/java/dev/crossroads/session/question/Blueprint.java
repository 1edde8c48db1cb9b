package dev.crossroads.session.question;

import dev.crossroads.Present;
import dev.crossroads.questions.MoneyQuestions;

import dev.crossroads.decision.Option;
import dev.crossroads.money.MoneyPlan;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A template as the session needs it, with every text already in the session's language: the
 * default options, the criteria catalogue (some pre-selected), suggested points, and the
 * reflection prompts. When a session edits a saved profile, its blueprint is the template widened
 * with the profile's own options, criteria and prompts, and {@code keptMoney} holds a money plan
 * the session's questions cannot express (a different currency, scholarships to repay), which is
 * then carried over as it is. {@code moneyCriteria} are the ids of the criteria the template
 * marks as counting money ({@code money: true}), which the money view would count again;
 * {@code money} is what the template asks about money, from its {@code moneyView:} block.
 */
public record Blueprint(
    String id,
    String title,
    String intro,
    List<Option> options,
    List<CriterionInfo> catalogue,
    List<String> preselected,
    Map<String, Double> suggestedPoints,
    List<Reflection> reflections,
    Optional<MoneyPlan> keptMoney,
    Set<String> moneyCriteria,
    MoneyQuestions money) {

  public Blueprint {
    Present.all("id", id, "title", title, "intro", intro, "keptMoney", keptMoney, "money", money);
    options = List.copyOf(options);
    catalogue = List.copyOf(catalogue);
    preselected = List.copyOf(preselected);
    suggestedPoints = Collections.unmodifiableMap(new LinkedHashMap<>(suggestedPoints));
    reflections = List.copyOf(reflections);
    moneyCriteria = Collections.unmodifiableSet(new LinkedHashSet<>(moneyCriteria));
  }

  /**
   * The same blueprint with the template's own words (its intro, the criteria's descriptions,
   * questions, ends and examples, the reflection prompts) passed through {@code ours}: in ASCII
   * under {@code --ascii}. The title and the labels are left as written: the title is the
   * decision's title when the person keeps it, and the labels name what a person chooses; both
   * are saved and typed as they are.
   */
  public Blueprint retold(UnaryOperator<String> ours) {
    return new Blueprint(id, title, ours.apply(intro), options,
        catalogue.stream().map(c -> c.retold(ours)).toList(), preselected, suggestedPoints,
        reflections.stream().map(r -> new Reflection(r.id(), r.date(), ours.apply(r.text()),
            ours.apply(r.hint()), r.defaultText(), r.defaultAfter())).toList(),
        keptMoney, moneyCriteria, money);
  }

  public Optional<CriterionInfo> criterion(String id) {
    return catalogue.stream().filter(c -> c.criterion().id().equals(id)).findFirst();
  }
}
