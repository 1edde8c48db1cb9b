package dev.crossroads.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Problem;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.RatingScale;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {
  private final TemplateBank bank = new TemplateBank(TemplateSources.builtInOnly());
  private final Template grad = bank.load("grad-school");

  @Test
  void theDefaultSeedHasThePreselectedCriteriaWithLabelsInTheChosenLanguage() {
    DecisionSeed seed = grad.defaultSeed("ko");

    assertThat(seed.criteria()).extracting(Criterion::id).containsExactlyElementsOf(grad.preselected());
    assertThat(seed.criteria().get(0).label()).isEqualTo("성장과 배움의 속도");
    assertThat(seed.options()).extracting(Option::label).contains("바로 취업");
    assertThat(seed.language()).isEqualTo("ko");
  }

  @Test
  void theSeedsPointsAreTheSuggestedWeights() {
    DecisionSeed seed = grad.defaultSeed("en");

    assertThat(seed.weights().points()).isEqualTo(grad.suggestedWeights());
    assertThat(seed.weights().points().values().stream().mapToDouble(Double::doubleValue).sum())
        .isEqualTo(100.0);
  }

  @Test
  void anAddedCriterionWithoutASuggestionGetsTheMeanOfTheChosenSuggestions() {
    DecisionSeed seed =
        grad.seed(List.of("growth", "money", "military"), grad.defaultOptions("en"), "en");

    Map<String, Double> points = seed.weights().points();
    assertThat(points).containsEntry("growth", 20.0).containsEntry("money", 10.0);
    assertThat(points.get("military")).isEqualTo(15.0);
  }

  @Test
  void criteriaFollowTheOrderTheyWereChosenIn() {
    DecisionSeed seed = grad.seed(List.of("time", "growth"), grad.defaultOptions("en"), "en");

    assertThat(seed.criteria()).extracting(Criterion::id).containsExactly("time", "growth");
  }

  @Test
  void scalesAndDirectionsCarryOverIntoTheDecisionModel() {
    DecisionSeed seed = grad.seed(List.of("time", "money", "growth"), List.of(), "ko");

    Criterion time = seed.criteria().get(0);
    assertThat(time.direction()).isEqualTo(Direction.COST);
    assertThat(time.scale()).isEqualTo(QuantityScale.between("년", 6, 0));
    assertThat(((QuantityScale) seed.criteria().get(1).scale()).hasFixedEnds()).isFalse();
    assertThat(seed.criteria().get(2).scale()).isEqualTo(RatingScale.ONE_TO_TEN);
  }

  @Test
  void aCriterionOutsideTheCatalogueIsADataFailure() {
    Problem failure =
        catchThrowableOfType(
            Problem.class, () -> grad.seed(List.of("growth", "vibes"), List.of(), "en"));

    assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    assertThat(failure.userMessage().args()).containsExactly("vibes", "grad-school");
  }

  @Test
  void theDecisionFromASeedRemembersItsTemplateAndHasNoRatingsYet() {
    Decision decision = grad.defaultSeed("en").toDecision("After graduation");

    assertThat(decision.meta().templateId()).isEqualTo("grad-school");
    assertThat(decision.ratings()).isEmpty();
    assertThat(decision.options()).hasSize(grad.options().size());
    assertThat(decision.title()).isEqualTo("After graduation");
  }

  @Test
  void textFallsBackToEnglishForOtherLanguages() {
    LocalizedText text = new LocalizedText("Growth", "성장");

    assertThat(text.in("ko")).isEqualTo("성장");
    assertThat(text.in("en")).isEqualTo("Growth");
    assertThat(text.in("fr")).isEqualTo("Growth");
  }

  @Test
  void aQuestionNamesTheOptionItIsAskedFor() {
    CriterionTemplate growth = grad.criterion("growth").orElseThrow();

    assertThat(growth.questionFor("PhD", "en")).startsWith("If you choose “PhD”,");
    assertThat(growth.questionFor("박사", "ko")).startsWith("‘박사’ 쪽을 택하면,");
  }

  @Test
  void theReviewDatePromptSuggestsADateCountedFromToday() {
    ReflectionPrompt review = grad.prompt("review-date").orElseThrow();

    assertThat(review.defaultDate(LocalDate.of(2026, 11, 30))).contains(LocalDate.of(2027, 1, 30));
    assertThat(grad.prompt("premortem").orElseThrow().defaultDate(LocalDate.of(2026, 1, 1))).isEmpty();
  }

  @Test
  void preselectedAndOtherCriteriaSplitTheCatalogue() {
    assertThat(grad.preselectedCriteria().size() + grad.otherCriteria().size())
        .isEqualTo(grad.criteria().size());
    assertThat(grad.otherCriteria()).extracting(CriterionTemplate::id).doesNotContainAnyElementsOf(grad.preselected());
  }
}
