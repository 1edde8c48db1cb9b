package dev.crossroads.session;

import static dev.crossroads.session.Harness.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightsShownTest {
  @TempDir Path home;

  private static String upToMethod() {
    return Script.keysBefore("weights.method");
  }

  private static String fromRatings() {
    return Script.keysFrom("rating.masters.growth");
  }

  /** The screen from the end of the weighting step to the first rating prompt. */
  private static String betweenWeightsAndRatings(String screen) {
    int ratings = screen.indexOf("Ratings ──");
    assertThat(ratings).as(screen).isPositive();
    return screen.substring(0, ratings);
  }

  @Test
  void pointsAreShownAsWeightsOnceTheLastCriterionHasItsPoints() {
    Harness h = new Harness(home, "en");
    h.typed(Script.keys()).decision().orElseThrow();

    assertThat(betweenWeightsAndRatings(h.screen))
        .contains("Your weights: Growth 50%, Interest 30%, Time it takes 20%.");
    assertThat(h.screen.split("Your weights:", -1)).hasSize(2);
  }

  @Test
  void aRankingIsShownAsTheWeightsItMakes() {
    Harness h = new Harness(home, "en");
    h.typed(upToMethod() + lines("rank", "2 1") + fromRatings()).decision().orElseThrow();

    assertThat(betweenWeightsAndRatings(h.screen))
        .contains("Your weights: Interest 61%, Growth 28%, Time it takes 11%.");
  }

  @Test
  void pairsAreShownAsTheWeightsTheyMakeAfterTheLastPair() {
    Harness h = new Harness(home, "en");
    h.typed(upToMethod() + lines("pairs", "3", "3", "1") + fromRatings()).decision().orElseThrow();

    assertThat(betweenWeightsAndRatings(h.screen))
        .contains("Your weights: Growth 60%, Interest 20%, Time it takes 20%.");
    assertThat(h.screen.split("Your weights:", -1)).hasSize(2);
  }

  @Test
  void inconsistentPairsShowTheirWeightsOnceTheConsistencyQuestionIsSettled() {
    Harness h = new Harness(home, "en");
    h.typed(upToMethod() + lines("pairs", "3", "1/3", "3", "keep") + fromRatings())
        .decision()
        .orElseThrow();

    String before = betweenWeightsAndRatings(h.screen);
    assertThat(before.indexOf("Your weights:"))
        .isGreaterThan(before.indexOf("Keep the judgements as they are"));
  }

  @Test
  void theWeightsAreShownInKoreanToo() {
    Harness h = new Harness(home, "ko");
    h.typed(Script.keys()).decision().orElseThrow();

    assertThat(h.screen).contains("내 가중치: ");
    assertThat(h.screen.indexOf("내 가중치: ")).isLessThan(h.screen.indexOf("평가 ──"));
  }
}
