package dev.crossroads.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every form of a rating that the session's prompt, the answers it kept or {@code --set} took
 * before they shared one reader, read to the same numbers.
 */
class RatingTextTest {
  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // points, as the prompt and --set took them
        "7 | 7",
        "7.5 | 7.5",
        "-20 | -20",
        ".5 | 0.5",
        "3,000 | 3000",
        "1_000 | 1000",
        "1,000_000 | 1000000",
        "10_00 | 1000",
        // ranges: the prompt's separators
        "6-8 | 6 8",
        "6 - 8 | 6 8",
        "6..8 | 6 8",
        "6~8 | 6 8",
        "6～8 | 6 8",
        "6–8 | 6 8",
        "6—8 | 6 8",
        "6 to 8 | 6 8",
        "6to8 | 6 8",
        "-20-5 | -20 5",
        "-10--5 | -10 -5",
        "-1,000-2,000 | -1000 2000",
        "-5..-2 | -5 -2",
        "1_000~2_000 | 1000 2000",
        // low, most likely and high: the prompt's ".." and --set's "-" and "~"
        "5..7..9 | 5 7 9",
        "5 .. 7 .. 9 | 5 7 9",
        "-5..-3..-1 | -5 -3 -1",
        "5-7-9 | 5 7 9",
        "5~7~9 | 5 7 9",
        // read as written: the order is for the caller to judge
        "8-6 | 8 6",
        "5..9..7 | 5 9 7",
      })
  void eachFormReadsToItsNumbers(String typed, String numbers) {
    List<Double> expected =
        List.of(numbers.split(" ")).stream().map(Double::parseDouble).toList();
    assertThat(RatingText.read(typed)).map(RatingText::values).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is not a rating")
  @ValueSource(
      strings = {"", "seven", "6,8", "1,00", "6-", "-", "6..", "5..7-9", "5-7..9", "1..2..3..4",
        "6 8", "1e5", "7?", "6 - 8 - ", "5.", "--5"})
  void otherTextIsNotARating(String typed) {
    assertThat(RatingText.read(typed)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" is the rating {1}")
  @CsvSource(
      delimiter = '|',
      value = {"7 | 7", "6-8 | 6 8", "5..7..9 | 5 7 9"})
  void theRatingIsAPointARangeOrARangeWithItsMostLikelyValue(String typed, String numbers) {
    double[] n = List.of(numbers.split(" ")).stream().mapToDouble(Double::parseDouble).toArray();
    Rating expected = switch (n.length) {
      case 1 -> Rating.of(n[0]);
      case 2 -> Rating.range(n[0], n[1]);
      default -> Rating.range(n[0], n[1], n[2]);
    };
    RatingText text = RatingText.read(typed).orElseThrow();
    assertThat(text.rating()).isEqualTo(expected);
    assertThat(text.isRange()).isEqualTo(n.length > 1);
    assertThat(text.hasLikely()).isEqualTo(n.length == 3);
    assertThat(text.inOrder()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8-6", "5..9..7", "7..5..9"})
  void numbersOutOfOrderAreSaidToBe(String typed) {
    assertThat(RatingText.read(typed).orElseThrow().inOrder()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2000000000000000 | 2000000000000000",
    "1-2000000000000000 | 2000000000000000",
    "-3,000,000,000,000,000..1 | -3,000,000,000,000,000",
  })
  void aNumberNoDecisionCanHoldIsNamedAsWritten(String typed, String named) {
    assertThat(RatingText.read(typed).flatMap(RatingText::beyondLimits)).contains(named);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000000000000", "-1000000000000000-0", "7"})
  void numbersWithinTheLimitsAreNotNamed(String typed) {
    assertThat(RatingText.read(typed).flatMap(RatingText::beyondLimits)).isEqualTo(Optional.empty());
  }
}
