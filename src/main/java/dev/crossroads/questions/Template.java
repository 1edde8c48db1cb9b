package dev.crossroads.questions;

import dev.crossroads.Present;
import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.WeightInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One decision the question bank knows how to ask about: default options, a catalogue of
 * criteria of which some are pre-selected, suggested weights (points per pre-selected criterion,
 * summing to 100) and reflection prompts. {@link TemplateBank} builds it after checking that
 * every id it refers to exists.
 */
public record Template(
    String id,
    LocalizedText title,
    LocalizedText intro,
    List<OptionTemplate> options,
    List<CriterionTemplate> criteria,
    List<String> preselected,
    Map<String, Double> suggestedWeights,
    List<ReflectionPrompt> reflection,
    MoneyQuestions money) {

  public Template {
    Present.all("money", money, "id", id, "title", title, "intro", intro);
    options = List.copyOf(options);
    criteria = List.copyOf(criteria);
    preselected = List.copyOf(preselected);
    suggestedWeights = Collections.unmodifiableMap(new LinkedHashMap<>(suggestedWeights));
    reflection = List.copyOf(reflection);
  }

  public Optional<CriterionTemplate> criterion(String criterionId) {
    return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
  }

  public Optional<ReflectionPrompt> prompt(String promptId) {
    return reflection.stream().filter(p -> p.id().equals(promptId)).findFirst();
  }

  /**
   * The ids of the criteria the template marks as counting money ({@code money: true}), which a
   * money view would count again; see {@code dev.crossroads.money.MoneyOverlap}.
   */
  public Set<String> moneyCriteria() {
    Set<String> ids = new LinkedHashSet<>();
    criteria.stream().filter(CriterionTemplate::money).forEach(c -> ids.add(c.id()));
    return Collections.unmodifiableSet(ids);
  }

  /** The pre-selected criteria, in catalogue order. */
  public List<CriterionTemplate> preselectedCriteria() {
    return criteria.stream().filter(c -> preselected.contains(c.id())).toList();
  }

  /** The criteria offered but not pre-selected, in catalogue order. */
  public List<CriterionTemplate> otherCriteria() {
    return criteria.stream().filter(c -> !preselected.contains(c.id())).toList();
  }

  public List<Option> defaultOptions(String language) {
    return options.stream().map(o -> o.toOption(language)).toList();
  }

  /**
   * The start of a decision from this template: the chosen criteria (in the order given, labels
   * in {@code language}), the options, and points from the suggested weights. A chosen criterion
   * without a suggestion gets the mean of the suggestions among the chosen, so adding one never
   * silently weighs it at zero.
   *
   * @throws Problem (data) when a criterion id is not in the catalogue
   */
  public DecisionSeed seed(List<String> criterionIds, List<Option> chosenOptions, String language) {
    List<Criterion> chosen = new ArrayList<>();
    for (String criterionId : criterionIds) {
      CriterionTemplate template =
          criterion(criterionId)
              .orElseThrow(
                  () ->
                      new Problem(
                          Problem.Kind.BAD_DATA,
                          Message.of("questions.unknownCriterion", criterionId, id)));
      chosen.add(template.toCriterion(language));
    }
    double suggestedSum = 0;
    int suggestedCount = 0;
    for (String criterionId : criterionIds) {
      Double points = suggestedWeights.get(criterionId);
      if (points != null) {
        suggestedSum += points;
        suggestedCount++;
      }
    }
    double fallback = suggestedCount == 0 ? 1 : suggestedSum / suggestedCount;
    Map<String, Double> points = new LinkedHashMap<>();
    for (String criterionId : criterionIds) {
      points.put(criterionId, suggestedWeights.getOrDefault(criterionId, fallback));
    }
    return new DecisionSeed(
        id, language, chosenOptions, chosen, new WeightInput.Points(points));
  }

  /** {@link #seed} with the pre-selected criteria and the default options. */
  public DecisionSeed defaultSeed(String language) {
    return seed(
        preselectedCriteria().stream().map(CriterionTemplate::id).toList(),
        defaultOptions(language),
        language);
  }
}
