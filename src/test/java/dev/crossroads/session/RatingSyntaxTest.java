package dev.crossroads.session;

import dev.crossroads.session.edit.SavedAnswers;
import dev.crossroads.session.question.Context;
import dev.crossroads.session.question.CriterionInfo;
import dev.crossroads.session.question.DecisionAssembler;
import dev.crossroads.session.question.Outcome;
import dev.crossroads.session.question.RatingQuestion;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.SessionState;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a rating prompt takes: numbers, ranges, low..likely..high, don't know, negatives. */
class RatingSyntaxTest {
  private static final Messages EN = new Messages(Locale.ENGLISH);
  private static final Context CTX =
      new Context(EN, SessionState.start("en"), Optional.empty(), Harness.TODAY);
  private static final Criterion ONE_TO_TEN = Criterion.rating("growth", "Growth",
      Direction.BENEFIT);
  private static final Criterion NET_COST = new Criterion("net-cost", "Net cost", Direction.COST,
      QuantityScale.of("KRW"));

  private static Optional<String> taken(Criterion c, String typed) {
    CriterionInfo info = new CriterionInfo(c, "", "{option}?", "low", "high", "", true);
    RatingQuestion q = new RatingQuestion(new Option("a", "A"), info, true, 1, 1);
    Outcome o = q.typed(typed, CTX);
    return o instanceof Outcome.Done d ? Optional.of(((Answer.Text) d.answer()).value())
        : Optional.empty();
  }

  @Test
  void aRatingScaleTakesPointsRangesAndMostLikelyValuesInsideIt() {
    assertThat(taken(ONE_TO_TEN, "7")).contains("7");
    assertThat(taken(ONE_TO_TEN, "6 - 8")).contains("6-8");
    assertThat(taken(ONE_TO_TEN, "5..7..9")).contains("5..7..9");
    assertThat(taken(ONE_TO_TEN, "5 .. 7 .. 9")).contains("5..7..9");
    assertThat(taken(ONE_TO_TEN, "7..7..7")).contains("7");
    assertThat(taken(ONE_TO_TEN, "?")).contains("?");
    assertThat(taken(ONE_TO_TEN, "5..9..7")).isEmpty();
    assertThat(taken(ONE_TO_TEN, "0..5..9")).isEmpty();
    assertThat(taken(ONE_TO_TEN, "-3")).isEmpty();
  }

  @Test
  void aQuantityTakesNegativeFiguresWithOrWithoutGrouping() {
    assertThat(taken(NET_COST, "-20")).contains("-20");
    assertThat(taken(NET_COST, "-20-5")).contains("-20-5");
    assertThat(taken(NET_COST, "-10--5")).contains("-10--5");
    assertThat(taken(NET_COST, "-1,000")).contains("-1000");
    assertThat(taken(NET_COST, "-1,000-2,000")).contains("-1000-2000");
    assertThat(taken(NET_COST, "-5..-3..-1")).contains("-5..-3..-1");
    assertThat(taken(NET_COST, "5-3")).isEmpty();
  }

  @Test
  void aNumberNoDecisionCanHoldIsRefusedNotKept() {
    assertThat(taken(NET_COST, "9".repeat(400))).isEmpty();
    assertThat(taken(NET_COST, "1-2000000000000000")).isEmpty();
    assertThat(taken(NET_COST, "1000000000000000")).contains("1000000000000000");
  }

  @Test
  void aTemplatesQuantityStaysAtZeroOrMore() {
    CriterionInfo years = new CriterionInfo(new Criterion("time", "Years", Direction.COST,
        QuantityScale.of("years")), "", "{option}?", "low", "high", "");
    RatingQuestion q = new RatingQuestion(new Option("a", "A"), years, true, 1, 1);
    assertThat(q.typed("-2", CTX)).isInstanceOf(Outcome.Invalid.class);
    assertThat(q.typed("-2-1", CTX)).isInstanceOf(Outcome.Invalid.class);
    assertThat(q.typed("2", CTX)).isInstanceOf(Outcome.Done.class);
  }

  @Test
  void theAssemblerReadsBackWhatThePromptKept() {
    assertThat(DecisionAssembler.rating("-10--5", NET_COST)).isEqualTo(Rating.range(-10, -5));
    assertThat(DecisionAssembler.rating("-5..-3..-1", NET_COST))
        .isEqualTo(Rating.range(-5, -3, -1));
    assertThat(DecisionAssembler.rating("5..7..9", ONE_TO_TEN)).isEqualTo(Rating.range(5, 7, 9));
    assertThat(DecisionAssembler.rating("?", ONE_TO_TEN)).isEqualTo(Rating.range(1, 10));
    for (String text : new String[] {"-20", "-20-5", "5..7..9", "3.5-4.25"}) {
      Criterion c = text.startsWith("-") ? NET_COST : ONE_TO_TEN;
      assertThat(SavedAnswers.rating(DecisionAssembler.rating(text, c), c)).isEqualTo(text);
    }
  }
}
