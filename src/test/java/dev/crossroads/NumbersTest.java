package dev.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void readsNumbersAsPeopleTypeThem() {
    assertThat(Numbers.number(" 7 ")).hasValue(7);
    assertThat(Numbers.number("-0.5")).hasValue(-0.5);
    assertThat(Numbers.number(".5")).hasValue(0.5);
    assertThat(Numbers.number("3,000")).hasValue(3000);
    assertThat(Numbers.number("55_000_000")).hasValue(55_000_000);
    assertThat(Numbers.number("3,00")).isEmpty();
    assertThat(Numbers.number("7점")).isEmpty();
    assertThat(Numbers.number("1e3")).isEmpty();
  }

  @Test
  void readsWholeNumbersAndListsOfThem() {
    assertThat(Numbers.integer("12")).hasValue(12);
    assertThat(Numbers.integer("-1")).isEmpty();
    assertThat(Numbers.integer("1234567890")).isEmpty();
    assertThat(Numbers.list("2 1,3 > 4")).containsExactly(2, 1, 3, 4);
    assertThat(Numbers.list("2 x 3")).isEmpty();
  }

  @Test
  void writesScoresPercentagesAndAmounts() {
    assertThat(Numbers.score(0.6234)).isEqualTo("62.3");
    assertThat(Numbers.percent(0.004)).isEqualTo("<1%");
    assertThat(Numbers.percent(0.996)).isEqualTo(">99%");
    assertThat(Numbers.percent(0.5)).isEqualTo("50%");
    assertThat(Numbers.value(60_000_000)).isEqualTo("60,000,000");
    assertThat(Numbers.value(6.5)).isEqualTo("6.5");
    assertThat(Numbers.value(-0.001)).isEqualTo("0");
    assertThat(Numbers.fixed(0.0512, 2)).isEqualTo("0.05");
  }

  @RepeatedTest(20)
  void anExactNumberReadsBackAsItself(RepetitionInfo repetition) {
    long seed = repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (double value : List.of(random.nextInt(1000) / 4.0, -random.nextDouble() * 1e6,
        (double) random.nextInt())) {
      assertThat(Numbers.number(Numbers.exact(value)))
          .as("seed %d, value %s", seed, value)
          .hasValue(value);
    }
  }
}
