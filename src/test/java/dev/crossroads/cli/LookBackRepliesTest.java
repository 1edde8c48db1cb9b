package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Hindsight;
import dev.crossroads.decision.Option;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LookBackRepliesTest {
  private static final List<Option> OPTIONS = List.of(new Option("masters", "Master's"),
      new Option("job", "Start working"), new Option("keep-open", "One more semester"));
  private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

  @ParameterizedTest
  @CsvSource({"2, Start working", "start WORKING, Start working", "keep-open, One more semester",
      "A gap year abroad, A gap year abroad"})
  void aChoiceIsAnOptionByNumberLabelOrIdElseThePersonsOwnWords(String typed, String label) {
    assertThat(LookBackReplies.chose(typed, OPTIONS).value()).contains(label);
  }

  @Test
  void aNumberThatIsNoOptionIsRefusedWithTheRange() {
    LookBackReplies.Read<String> read = LookBackReplies.chose("4", OPTIONS);

    assertThat(read.value()).isEmpty();
    assertThat(read.refused()).hasValueSatisfying(m -> assertThat(m.args()).containsExactly(3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "-"})
  void anEmptyAnswerOrADashSkipsEveryQuestion(String typed) {
    assertThat(LookBackReplies.chose(typed, OPTIONS)).isEqualTo(LookBackReplies.Read.skipped());
    assertThat(LookBackReplies.outcome(typed)).isEqualTo(LookBackReplies.Read.skipped());
    assertThat(LookBackReplies.learned(typed)).isEqualTo(LookBackReplies.Read.skipped());
    assertThat(LookBackReplies.hindsight(typed)).isEqualTo(LookBackReplies.Read.skipped());
    assertThat(LookBackReplies.nextReview(typed, TODAY)).isEqualTo(LookBackReplies.Read.skipped());
  }

  @ParameterizedTest
  @CsvSource({"1, 1", "10, 10", " 7 , 7"})
  void anOutcomeIsAWholeNumberFromOneToTen(String typed, int expected) {
    assertThat(LookBackReplies.outcome(typed).value()).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "11", "7.5", "seven", "-3"})
  void anyOtherOutcomeIsRefused(String typed) {
    assertThat(LookBackReplies.outcome(typed).refused()).isPresent();
  }

  @ParameterizedTest
  @CsvSource({"1, TOO_SURE", "2, ABOUT_RIGHT", "3, NOT_SURE_ENOUGH", "about-right, ABOUT_RIGHT",
      "Too Sure, TOO_SURE", "not sure enough, NOT_SURE_ENOUGH", "적절, ABOUT_RIGHT",
      "확신 부족, NOT_SURE_ENOUGH", "지나친 확신, TOO_SURE"})
  void hindsightIsANumberAnIdOrItsWordsInEitherLanguage(String typed, Hindsight expected) {
    assertThat(LookBackReplies.hindsight(typed).value()).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4", "0", "fine", "sure"})
  void anyOtherHindsightIsRefused(String typed) {
    assertThat(LookBackReplies.hindsight(typed).refused()).isPresent();
  }

  @Test
  void theNextReviewIsADateAfterToday() {
    assertThat(LookBackReplies.nextReview("2027/09/01", TODAY).value())
        .contains(LocalDate.of(2027, 9, 1));
    assertThat(LookBackReplies.nextReview("2027-03-01", TODAY).refused()).isPresent();
    assertThat(LookBackReplies.nextReview("in a year", TODAY).refused()).isPresent();
  }

  @Test
  void whatWasLearnedIsKeptAsWrittenWithinTheLengthOfAReflection() {
    assertThat(LookBackReplies.learned("  Teams matter more than titles ").value())
        .contains("Teams matter more than titles");
    assertThat(LookBackReplies.learned("x".repeat(2001)).refused()).isPresent();
  }
}
