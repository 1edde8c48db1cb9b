package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.Problem;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.Scenario;
import dev.crossroads.decision.WeightInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioSettingsTest {
  private static final List<Option> OPTIONS =
      List.of(new Option("grad", "Grad school"), new Option("job", "Job"));
  private static final List<Criterion> CRITERIA =
      List.of(
          Criterion.rating("growth", "Growth", Direction.BENEFIT),
          new Criterion("net", "Net cost", Direction.COST, QuantityScale.of("KRW")));
  private static final Map<String, Map<String, Rating>> RATINGS =
      Map.of(
          "grad", Map.of("growth", Rating.of(8), "net", Rating.of(30_000_000)),
          "job", Map.of("growth", Rating.of(6), "net", Rating.of(-20_000_000)));

  private static Decision with(WeightInput weights) {
    return Decision.of("t", OPTIONS, CRITERIA, weights, RATINGS);
  }

  private static final Decision POINTS =
      with(new WeightInput.Points(Map.of("growth", 60.0, "net", 40.0)));

  private static Scenario build(Decision decision, String... sets) {
    return ScenarioSettings.build(decision, "s", "", List.of(sets));
  }

  @Test
  void aPointsWeightChangesThatCriterionsPointsAndKeepsTheOthers() {
    Scenario s = build(POINTS, "weight.growth=30");
    assertThat(s.weights()).contains(new WeightInput.Points(Map.of("growth", 30.0, "net", 40.0)));
    assertThat(s.ratings()).isEmpty();
  }

  @Test
  void directWeightsStayDirect() {
    Decision direct = with(new WeightInput.Direct(Map.of("growth", 0.7, "net", 0.3)));
    assertThat(build(direct, "weight.net=0.5").weights())
        .contains(new WeightInput.Direct(Map.of("growth", 0.7, "net", 0.5)));
  }

  @Test
  void aRankingBecomesDirectWeightsInPercentBeforeOneIsSet() {
    // Rank-order centroid for two criteria: 75% and 25%.
    Decision ranked = with(new WeightInput.RankOrder(List.of("growth", "net")));
    assertThat(build(ranked, "weight.net=50").weights())
        .contains(new WeightInput.Direct(Map.of("growth", 75.0, "net", 50.0)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "7|7|7|7",
        "6-8|6|7|8",
        "6..8|6|7|8",
        "6~8|6|7|8",
        "6 .. 8|6|7|8",
        "2..7..9|2|7|9",
        "2-7-9|2|7|9",
      })
  void ratingsTakeANumberOrARangeInSeveralSpellings(String value, double low, double central, double high) {
    Rating r = build(POINTS, "rating.grad.growth=" + value).ratings().get("grad").get("growth");
    assertThat(r.low()).isEqualTo(low);
    assertThat(r.central()).isEqualTo(central);
    assertThat(r.high()).isEqualTo(high);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "-5..-2|-5|-2",
        "-5--2|-5|-2",
        "-5 ~ 3|-5|3",
        "-5,000,000..-2,000,000|-5000000|-2000000",
        "55_000_000-70_000_000|55000000|70000000",
        "1,234.5|1234.5|1234.5",
      })
  void negativeAndGroupedNumbersAreReadWhole(String value, double low, double high) {
    Rating r = build(POINTS, "rating.job.net=" + value).ratings().get("job").get("net");
    assertThat(r.low()).isEqualTo(low);
    assertThat(r.high()).isEqualTo(high);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "rating.grad.growth=11",
        "rating.grad.growth=0..5",
        "rating.nobody.growth=5",
        "rating.grad.nothing=5",
        "weight.nothing=5",
        "weight.growth=-1",
        "weight.growth=lots",
        "rating.grad.growth=8-6",
        "rating.grad.growth=2..9..5",
        "rating.grad.growth=6..8-9",
        "rating.grad.growth=",
        "weight.growth",
        "rating.grad=5",
        "weight.a.b=5",
      })
  void anAssignmentThatDoesNotFitIsAUsageErrorNamingIt(String set) {
    assertThatThrownBy(() -> build(POINTS, set))
        .isInstanceOfSatisfying(
            Problem.class,
            f -> {
              assertThat(ExitCode.of(f.kind())).isEqualTo(ExitCode.USAGE);
              assertThat(f.userMessage().key()).isEqualTo("cli.set.bad");
              assertThat(f.userMessage().args().get(0)).isEqualTo(set);
            });
  }

  @Test
  void weightsThatWouldAllBeZeroAreRefused() {
    assertThatThrownBy(() -> build(POINTS, "weight.growth=0", "weight.net=0"))
        .isInstanceOf(Problem.class)
        .hasMessageContaining("weight.net=0");
  }

  @Test
  void aLaterAssignmentOfTheSameCellWins() {
    Scenario s = build(POINTS, "rating.grad.growth=5", "rating.grad.growth=6");
    assertThat(s.ratings().get("grad").get("growth").central()).isEqualTo(6);
  }
}
