package dev.crossroads;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.RatingScale;
import org.junit.jupiter.api.Test;

class PresentTest {
  @Test
  void theFirstMissingFieldIsNamed() {
    assertThatThrownBy(() -> Present.all("id", "growth", "label", null, "scale", null))
        .isInstanceOf(NullPointerException.class).hasMessage("label");
    assertThatCode(() -> Present.all("id", "growth", "label", "Growth")).doesNotThrowAnyException();
  }

  @Test
  void aRecordWithAMissingFieldIsNeverMade() {
    assertThatThrownBy(() -> new Criterion("growth", null, Direction.BENEFIT,
        new RatingScale(1, 10), "")).hasMessage("label");
  }
}
