package dev.crossroads.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankingTest {

  @Test
  void higherScoresRankFirst() {
    assertThat(Ranking.order(new double[] {0.2, 0.9, 0.5}, new boolean[] {true, true, true}))
        .containsExactly(1, 2, 0);
  }

  @Test
  void optionsFailingAGateRankAfterEveryPassingOne() {
    assertThat(Ranking.order(new double[] {0.9, 0.1, 0.5}, new boolean[] {false, true, true}))
        .containsExactly(2, 1, 0);
    assertThat(Ranking.first(new double[] {0.9, 0.1, 0.5}, new boolean[] {false, true, true}))
        .isEqualTo(2);
  }

  @Test
  void whenEveryOptionFailsTheyRankByScoreAlone() {
    assertThat(Ranking.order(new double[] {0.1, 0.9, 0.5}, new boolean[] {false, false, false}))
        .containsExactly(1, 2, 0);
  }

  @Test
  void equalScoresKeepTheDecisionsOptionOrder() {
    assertThat(Ranking.order(new double[] {0.5, 0.7, 0.5, 0.7}, new boolean[] {true, true, true, true}))
        .containsExactly(1, 3, 0, 2);
    assertThat(Ranking.first(new double[] {0.5, 0.7, 0.5, 0.7}, new boolean[] {true, true, true, true}))
        .isEqualTo(1);
  }

  @Test
  void aNanScoreRanksBelowEveryNumber() {
    assertThat(Ranking.order(new double[] {Double.NaN, -1, 0}, new boolean[] {true, true, true}))
        .containsExactly(2, 1, 0);
  }

  @Test
  void scoresLevelInExactArithmeticAreATieWhateverFloatingPointSays() {
    // 0.1 + 0.2 is 0.30000000000000004 in binary floating point; exactly it is 0.3.
    double[] scores = {0.3, 0.1 + 0.2, 0.2};
    boolean[] passing = {true, true, true};
    assertThat(Ranking.first(scores, passing)).isZero();
    assertThat(Ranking.order(scores, passing)).containsExactly(0, 1, 2);
    assertThat(Ranking.tied(scores[0], scores[1])).isTrue();
  }

  @Test
  void aRunOfNearTiesIsCutFromItsHighestScoreSoTheOrderIsWellDefined() {
    double t = Ranking.TIE;
    // 2 is within the tolerance of 1, and 1 of 0, but 2 is not of 0.
    double[] scores = {0.5, 0.5 + 0.6 * t, 0.5 + 1.2 * t};
    boolean[] passing = {true, true, true};
    assertThat(Ranking.order(scores, passing)).containsExactly(1, 2, 0);
    assertThat(Ranking.first(scores, passing)).isEqualTo(1);
  }
}
