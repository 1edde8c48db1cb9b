package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.session.question.Context;
import dev.crossroads.session.question.CriterionInfo;
import dev.crossroads.session.question.DecisionAssembler;
import dev.crossroads.session.question.Outcome;
import dev.crossroads.session.question.RatingQuestion;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.SessionState;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rating written at the session's prompt (or in an answers file, which the prompt reads), kept
 * as an answer and read back into the decision, and the same text given to {@code --set}, come
 * out as the same rating, and both refuse the same text.
 */
class RatingFormsAgreeTest {
  /** A quantity that may go below zero, so that every form's numbers fit it. */
  private static final Criterion NET = new Criterion("net", "Net", Direction.COST,
      QuantityScale.of("KRW"));
  private static final Decision DECISION = Decision.of("t", List.of(new Option("a", "A")),
      List.of(NET), new WeightInput.Points(Map.of("net", 100.0)),
      Map.of("a", Map.of("net", Rating.of(1))));
  private static final Context CTX = new Context(new Messages(Locale.ENGLISH),
      SessionState.start("en"), Optional.empty(), LocalDate.of(2026, 11, 25));

  private static Optional<Rating> atThePrompt(String typed) {
    CriterionInfo info = new CriterionInfo(NET, "", "{option}?", "low", "high", "", true);
    Outcome o = new RatingQuestion(new Option("a", "A"), info, true, 1, 1).typed(typed, CTX);
    return o instanceof Outcome.Done d
        ? Optional.of(DecisionAssembler.rating(((Answer.Text) d.answer()).value(), NET))
        : Optional.empty();
  }

  private static Rating bySet(String typed) {
    return ScenarioSettings.build(DECISION, "s", "", List.of("rating.a.net=" + typed))
        .ratings().get("a").get("net");
  }

  @ParameterizedTest
  @ValueSource(strings = {"7", "7.5", "-20", "3,000", "1_000", "1,000_000", "6-8", "6 - 8",
    "6..8", "6~8", "6～8", "6–8", "6—8", "6 to 8", "-20-5", "-10--5", "-1,000-2,000", "-5..-2",
    "5..7..9", "5 .. 7 .. 9", "-5..-3..-1", "5-7-9", "5~7~9"})
  void everyFormIsTheSameRatingAtThePromptAndInSet(String typed) {
    Rating set = bySet(typed);
    assertThat(atThePrompt(typed)).contains(set);
  }

  @ParameterizedTest
  @ValueSource(strings = {"seven", "6,8", "1,00", "8-6", "5..9..7", "5..7-9", "6 8", "1e5"})
  void bothRefuseWhatIsNotARatingInOrder(String typed) {
    assertThat(atThePrompt(typed)).isEmpty();
    assertThatThrownBy(() -> bySet(typed)).isInstanceOf(Problem.class);
  }
}
