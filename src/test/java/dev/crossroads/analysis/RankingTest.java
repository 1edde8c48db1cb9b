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
}
