package dev.crossroads.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearerTest {
  @Test
  void theNearerOfTwoChangesIsTaken() {
    assertThat(Nearer.of(0.3, 0.1, d -> d)).contains(0.1);
    assertThat(Nearer.of(0.1, 0.3, d -> d)).contains(0.1);
  }

  @Test
  void onATieTheFirstWins() {
    assertThat(Nearer.of("up", "dn", s -> 1.0)).contains("up");
  }

  @Test
  void aMissingChangeLeavesTheOtherAndTwoLeaveNone() {
    assertThat(Nearer.of(null, "dn", s -> 1.0)).contains("dn");
    assertThat(Nearer.of("up", null, s -> 1.0)).contains("up");
    assertThat(Nearer.<String>of(null, null, s -> 1.0)).isEmpty();
  }
}
