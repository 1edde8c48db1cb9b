package dev.crossroads.weighting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SaatyScaleTest {

  @Test
  void aRatioRoundsToTheNearestScaleValueInLogTerms() {
    // between 2 and 3 the geometric midpoint is sqrt(6) = 2.449
    assertThat(SaatyScale.nearest(2.44)).isEqualTo(2);
    assertThat(SaatyScale.nearest(2.46)).isEqualTo(3);
    assertThat(SaatyScale.nearest(1 / 2.46)).isEqualTo(1.0 / 3);
    assertThat(SaatyScale.nearest(1.0)).isEqualTo(1);
  }

  @Test
  void ratiosBeyondTheEndsRoundToTheEnds() {
    assertThat(SaatyScale.nearest(40)).isEqualTo(9);
    assertThat(SaatyScale.nearest(1.0 / 40)).isEqualTo(1.0 / 9);
  }

  @Test
  void theRangeRunsFromOneNinthToNine() {
    assertThat(SaatyScale.inRange(9)).isTrue();
    assertThat(SaatyScale.inRange(1.0 / 9)).isTrue();
    assertThat(SaatyScale.inRange(9.5)).isFalse();
    assertThat(SaatyScale.inRange(0.1)).isFalse();
    assertThat(SaatyScale.inRange(0)).isFalse();
    assertThat(SaatyScale.inRange(Double.NaN)).isFalse();
  }
}
