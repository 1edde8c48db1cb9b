package dev.crossroads.weighting;

import static dev.crossroads.weighting.PublishedExamples.doubles;
import static dev.crossroads.weighting.PublishedExamples.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RandomIndexTest {

  @Test
  @DisplayName("The random index is Saaty's 1980 table for n = 1..15")
  void theRandomIndexIsSaatys1980Table() {
    double[] saaty =
        doubles(example("ahp_random_index_tables").at("/saaty_1980/values_n1_to_15"));

    for (int n = 1; n <= 15; n++) {
      assertThat(RandomIndex.of(n)).as("n = " + n).isEqualTo(saaty[n - 1]);
    }
  }

  @Test
  void beyondFifteenTheLastValueOfTheTableIsKept() {
    assertThat(RandomIndex.of(16)).isEqualTo(1.59);
    assertThat(RandomIndex.of(40)).isEqualTo(1.59);
  }

  @Test
  void aMatrixOfNoCriteriaHasNoRandomIndex() {
    assertThatIllegalArgumentException().isThrownBy(() -> RandomIndex.of(0));
  }
}
