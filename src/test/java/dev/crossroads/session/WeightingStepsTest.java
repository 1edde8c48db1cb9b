package dev.crossroads.session;

import dev.crossroads.session.step.SessionEnd;

import static dev.crossroads.session.Harness.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.WeightInput;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightingStepsTest {
  @TempDir Path home;

  private static String upToMethod() {
    return Script.keysBefore("weights.method");
  }

  private static String fromRatings() {
    return Script.keysFrom("rating.masters.growth");
  }

  @Test
  void rankingTheCriteriaRecordsTheirOrder() {
    Harness h = new Harness(home, "en");
    Decision d = h.typed(upToMethod() + lines("rank", "2 1") + fromRatings()).decision()
        .orElseThrow();

    assertThat(d.weights()).isEqualTo(new WeightInput.RankOrder(
        List.of("interest", "growth", "time")));
  }

  @Test
  void consistentPairsAreConfirmedAsTheColumnCloses() {
    Harness h = new Harness(home, "en");
    Decision d = h.typed(upToMethod() + lines("pairs", "3", "3", "1") + fromRatings()).decision()
        .orElseThrow();

    assertThat(h.screen).contains("Growth or Interest: which matters more, and how much?",
        "Consistency so far: ratio 0.00, consistent.");
    assertThat(d.weights()).isEqualTo(new WeightInput.Pairwise(List.of(
        new WeightInput.Judgement("growth", "interest", 3),
        new WeightInput.Judgement("growth", "time", 3),
        new WeightInput.Judgement("interest", "time", 1))));
  }

  @Test
  void contradictoryPairsAreShownWithTheWorstOneAndFixLeadsBackToIt() {
    Harness h = new Harness(home, "en");
    String keys = upToMethod() + lines("pairs", "3", "1/3", "3", "fix", "9")
        + fromRatings();

    SessionEnd r = h.typed(keys);
    Decision d = r.decision().orElseThrow();

    assertThat(h.screen).contains("above 0.10", "The one that fits worst:",
        "Keep the judgements as they are, or fix the one that fits worst?");
    assertThat(h.screen).contains("1–9, or 1/3… [1/3] › 9");
    assertThat(((WeightInput.Pairwise) d.weights()).judgements())
        .contains(new WeightInput.Judgement("growth", "time", 9));
  }
}
