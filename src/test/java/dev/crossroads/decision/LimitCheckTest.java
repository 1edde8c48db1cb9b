package dev.crossroads.decision;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Each limit of docs/limits.md, at its value and just past it, for decisions built in memory. */
class LimitCheckTest {

  @Test
  void fiftyOptionsAreWeighedAndFiftyOneAreRefused() {
    assertThatCode(() -> LimitCheck.check(decision(50, 3))).doesNotThrowAnyException();
    assertRefused(decision(51, 3), "decision.tooManyOptions");
  }

  @Test
  void sixtyCriteriaAreWeighedAndSixtyOneAreRefused() {
    assertThatCode(() -> LimitCheck.check(decision(2, 60))).doesNotThrowAnyException();
    assertRefused(decision(2, 61), "decision.tooManyCriteria");
  }

  @Test
  void anIdOf200CharactersIsKeptAndOneOf201IsRefused() {
    assertThatCode(() -> LimitCheck.check(withOptionId("o".repeat(200))))
        .doesNotThrowAnyException();
    assertRefused(withOptionId("o".repeat(201)), "decision.idTooLong");
  }

  @Test
  void anAnalysisIsNotStoppedByALongTextOnlyBySizesAndNumbers() {
    // A session may make such a title; the save refuses it, in the store's words.
    assertThatCode(() -> LimitCheck.forAnalysis(withTitle("t".repeat(5_000))))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> LimitCheck.forAnalysis(decision(51, 2)))
        .isInstanceOf(InvalidDecisionException.class);
  }

  @Test
  void aLabelOf200CharactersIsKeptAndOneOf201IsRefused() {
    // Hangul counts one a syllable, as people count it, not three UTF-8 bytes.
    assertThatCode(() -> LimitCheck.check(withTitle("가".repeat(200))))
        .doesNotThrowAnyException();
    assertRefused(withTitle("가".repeat(201)), "decision.labelTooLong");
  }

  @Test
  void aReflectionOf2000CharactersIsKeptAndOneOf2001IsRefused() {
    assertThatCode(() -> LimitCheck.check(withReflection("r".repeat(2000))))
        .doesNotThrowAnyException();
    assertRefused(withReflection("r".repeat(2001)), "decision.textTooLong");
  }

  @Test
  void aRatingOf10To15IsKeptAndTheNextNumberUpIsRefused() {
    double max = Limits.MAX_MAGNITUDE;
    assertThatCode(() -> LimitCheck.check(withQuantity(-max, max))).doesNotThrowAnyException();
    assertRefused(withQuantity(-max, Math.nextUp(max)), "decision.numberTooLarge");
    assertRefused(withQuantity(-1e308, 1e308), "decision.numberTooLarge");
    assertRefused(withQuantity(0, Double.NaN), "decision.numberTooLarge");
  }

  @Test
  void weightsOf1e308AreRefusedBeforeTheyCanOverflowASum() {
    Decision d = decision(2, 2).withWeights(
        new WeightInput.Points(Map.of("c0", 1e308, "c1", 1e308)));
    assertRefused(d, "decision.numberTooLarge");
  }

  @Test
  void fiftyScenariosAreKeptAndFiftyOneAreRefused() {
    assertThatCode(() -> LimitCheck.check(withScenarios(50))).doesNotThrowAnyException();
    assertRefused(withScenarios(51), "decision.tooManyScenarios");
  }

  @Test
  void aScenarioRatingPastTheLimitIsRefusedLikeABaseOne() {
    Scenario huge = new Scenario("huge", "", Optional.empty(),
        Map.of("o0", Map.of("c0", Rating.range(1, 1e300))));
    assertRefused(decision(2, 2).withScenarios(List.of(huge)), "decision.numberTooLarge");
  }

  private static void assertRefused(Decision decision, String key) {
    assertThatThrownBy(() -> LimitCheck.check(decision))
        .isInstanceOf(InvalidDecisionException.class)
        .extracting(e -> ((InvalidDecisionException) e).messageKey())
        .isEqualTo(key);
  }

  static Decision decision(int options, int criteria) {
    return decision(options, criteria, i -> Criterion.rating("c" + i, "C" + i, Direction.BENEFIT));
  }

  private static Decision decision(int options, int criteria, IntFunction<Criterion> criterion) {
    List<Option> os = new ArrayList<>();
    for (int i = 0; i < options; i++) {
      os.add(new Option("o" + i, "O" + i));
    }
    List<Criterion> cs = new ArrayList<>();
    Map<String, Double> points = new LinkedHashMap<>();
    for (int j = 0; j < criteria; j++) {
      cs.add(criterion.apply(j));
      points.put("c" + j, 1.0);
    }
    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    for (Option o : os) {
      Map<String, Rating> row = new LinkedHashMap<>();
      cs.forEach(c -> row.put(c.id(), Rating.of(5)));
      ratings.put(o.id(), row);
    }
    return Decision.of("t", os, cs, new WeightInput.Points(points), ratings);
  }

  private static Decision withOptionId(String id) {
    Decision d = decision(2, 2);
    return new Decision(d.title(), d.language(),
        List.of(new Option(id, "long"), d.options().get(1)), d.criteria(), d.gates(),
        d.weights(), d.ratings(), d.reflections(), d.scenarios(), d.meta());
  }

  private static Decision withTitle(String title) {
    Decision d = decision(2, 2);
    return Decision.of(title, d.options(), d.criteria(), d.weights(), d.ratings());
  }

  private static Decision withReflection(String text) {
    Decision d = decision(2, 2);
    return new Decision(d.title(), d.language(), d.options(), d.criteria(), d.gates(),
        d.weights(), d.ratings(), Map.of("regret", text), d.scenarios(), d.meta());
  }

  private static Decision withQuantity(double low, double high) {
    Decision d = decision(2, 1, i -> new Criterion("c0", "Pay", Direction.BENEFIT,
        QuantityScale.of("KRW")));
    return d.withRatings(Map.of(
        "o0", Map.of("c0", Rating.of(low)),
        "o1", Map.of("c0", Rating.of(high))));
  }

  private static Decision withScenarios(int count) {
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      scenarios.add(new Scenario("s" + i, "", Optional.empty(), Map.of()));
    }
    return decision(2, 2).withScenarios(scenarios);
  }
}
