package dev.crossroads.weighting;

import static dev.crossroads.weighting.PublishedExamples.criteria;
import static dev.crossroads.weighting.PublishedExamples.doubles;
import static dev.crossroads.weighting.PublishedExamples.example;
import static dev.crossroads.weighting.PublishedExamples.judgements;
import static dev.crossroads.weighting.PublishedExamples.round;
import static dev.crossroads.weighting.PublishedExamples.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.decision.WeightInput.Judgement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AhpPublishedExamplesTest {

  private static Weights weigh(JsonNode example) {
    List<String> ids = strings(example.get("order"));
    return Weighting.compute(
        criteria(ids),
        new WeightInput.Pairwise(judgements(ids, example.get("matrix_fractions"))));
  }

  private static double[] inOrder(Weights weights, JsonNode example) {
    List<Criterion> order = criteria(strings(example.get("order")));
    return weights.toArray(order);
  }

  @Test
  @DisplayName("Saaty (2008) drinks 7x7: priorities to 3 decimals and CR 0.022 with Saaty's 1980 RI")
  void saatyDrinksMatchTheDecimalsSaatyPublished() {
    JsonNode drinks = example("ahp_saaty_drinks_7x7");
    Weights weights = weigh(drinks);

    assertThat(round(inOrder(weights, drinks), 3))
        .containsExactly(doubles(drinks.get("published_priorities_3dp")));
    Consistency consistency = weights.consistency().orElseThrow();
    assertThat(round(consistency.consistencyRatio(), 3)).isEqualTo(drinks.get("published_cr").asDouble());
    assertThat(consistency.lambdaMax()).isCloseTo(drinks.get("harness_lambda_max").asDouble(), within(1e-9));
    assertThat(consistency.consistencyRatio())
        .isCloseTo(drinks.at("/harness_cr_by_ri_table/saaty_1980").asDouble(), within(1e-9));
    assertThat(consistency.acceptable()).isTrue();
    assertThat(consistency.worstJudgement()).isEmpty();
  }

  @Test
  @DisplayName("Saaty (2004) best place to live, criteria 5x5: priorities to 3 decimals")
  void saatyBestPlaceToLiveMatchesTheDecimalsSaatyPublished() {
    JsonNode place = example("ahp_saaty_2004_best_place_to_live_criteria_5x5");
    Weights weights = weigh(place);

    assertThat(round(inOrder(weights, place), 3))
        .containsExactly(doubles(place.get("published_priorities_3dp")));
    // Saaty prints no CR for this matrix; the recomputed figure (Saaty 1980 RI) is 0.050
    assertThat(weights.consistency().orElseThrow().consistencyRatio())
        .isCloseTo(place.at("/harness_cr_by_ri_table/saaty_1980").asDouble(), within(1e-9));
  }

  @Test
  @DisplayName("Saaty (2004) best place to live, entered transposed, gives the pitfall priorities")
  void aTransposedMatrixGivesTheWellKnownWrongAnswer() {
    JsonNode place = example("ahp_saaty_2004_best_place_to_live_criteria_5x5");
    List<String> ids = strings(place.get("order"));
    List<Judgement> transposed =
        judgements(ids, place.get("matrix_fractions")).stream()
            .map(j -> new Judgement(j.a(), j.b(), 1 / j.ratio()))
            .toList();

    Weights weights = Weighting.compute(criteria(ids), new WeightInput.Pairwise(transposed));

    assertThat(round(inOrder(weights, place), 3))
        .containsExactly(round(doubles(place.get("transposed_input_pitfall_priorities")), 3));
  }

  @Test
  @DisplayName("R MCDA car example criteria 3x3: eigenvector weights and CR match two peer libraries")
  void carExampleCriteriaMatchPeerLibraries() {
    JsonNode car = example("ahp_R_MCDA_car_example");
    List<String> ids = strings(car.get("criteria_order"));
    JsonNode criteriaExample = car.get("criteria");

    Weights weights =
        Weighting.compute(
            criteria(ids),
            new WeightInput.Pairwise(judgements(ids, criteriaExample.get("matrix_fractions"))));

    assertThat(weights.toArray(criteria(ids)))
        .containsExactly(doubles(criteriaExample.get("pymcdm_weights")), within(1e-9));
    assertThat(weights.consistency().orElseThrow().consistencyRatio())
        .isCloseTo(criteriaExample.get("pyDecision_me_cr_saaty1980_ri").asDouble(), within(1e-9));
  }

  @Test
  void judgementsGivenTheOtherWayRoundGiveTheSameWeights() {
    JsonNode drinks = example("ahp_saaty_drinks_7x7");
    List<String> ids = strings(drinks.get("order"));
    List<Judgement> given = judgements(ids, drinks.get("matrix_fractions"));
    List<Judgement> reversed =
        given.stream().map(j -> new Judgement(j.b(), j.a(), 1 / j.ratio())).toList();

    double[] a = Weighting.compute(criteria(ids), new WeightInput.Pairwise(given)).toArray(criteria(ids));
    double[] b =
        Weighting.compute(criteria(ids), new WeightInput.Pairwise(reversed)).toArray(criteria(ids));

    assertThat(b).containsExactly(a, within(1e-12));
  }
}
