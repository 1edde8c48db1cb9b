package dev.crossroads.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.ask.Reply;
import dev.crossroads.session.question.Flow;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.Contexts;
import dev.crossroads.session.step.Effect;
import dev.crossroads.session.step.Next;
import dev.crossroads.session.step.Step;
import dev.crossroads.session.step.Transition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ratings can be walked by criterion (the default) or by option, switched at any rating. */
class RatingOrderTest {
  private final Step step = new Step(new Flow(new TestCatalogue().titles("en")),
      new Contexts(new Messages(Locale.ENGLISH), new TestCatalogue(), Harness.TODAY,
          Optional.empty()), true, Path.of("draft.json"));

  private static Prompt prompt(Transition t) {
    return ((Next.Ask) t.next()).prompt();
  }

  private Transition atFirstRating() {
    Transition t = step.start(SessionState.start("en").with(Ids.TEMPLATE, Answer.text("grad")));
    while (!prompt(t).id().startsWith(Ids.RATING)) {
      t = step.reply(t.walk(), new Reply.Typed(prompt(t).id().equals(Ids.GUT) ? "1 2 3" : ""));
    }
    return t;
  }

  private List<String> ratingsWalked(Transition t) {
    List<String> ids = new ArrayList<>();
    while (prompt(t).id().startsWith(Ids.RATING)) {
      ids.add(prompt(t).id() + " " + prompt(t).label().replaceAll(" \\(.*", ""));
      t = step.reply(t.walk(), new Reply.Typed("5"));
    }
    return ids;
  }

  @Test
  void byDefaultEveryOptionIsRatedOnOneCriterionBeforeTheNext() {
    assertThat(ratingsWalked(atFirstRating())).startsWith(
        "rating.masters.growth Rating 1 of 9", "rating.job.growth Rating 2 of 9",
        "rating.keep-open.growth Rating 3 of 9", "rating.masters.interest Rating 4 of 9");
  }

  @Test
  void byOptionRatesOneOptionOnEveryCriterionAndSaysSo() {
    Transition switched = step.reply(atFirstRating().walk(), new Reply.Typed("by option"));

    assertThat(switched.effects()).contains(
        new Effect.Say("  Now one option at a time, on every criterion."));
    assertThat(ratingsWalked(switched)).containsExactly(
        "rating.masters.growth Rating 1 of 9", "rating.masters.interest Rating 2 of 9",
        "rating.masters.time Rating 3 of 9", "rating.job.growth Rating 4 of 9",
        "rating.job.interest Rating 5 of 9", "rating.job.time Rating 6 of 9",
        "rating.keep-open.growth Rating 7 of 9", "rating.keep-open.interest Rating 8 of 9",
        "rating.keep-open.time Rating 9 of 9");
  }

  @Test
  void theOrderIsKeptInTheDraftAndSwitchingBackKeepsEveryRatingGiven() {
    Transition t = step.reply(atFirstRating().walk(), new Reply.Typed("선택지별"));
    t = step.reply(t.walk(), new Reply.Typed("7"));
    assertThat(prompt(t).id()).isEqualTo("rating.masters.interest");
    assertThat(t.walk().state().text(Ids.RATING_ORDER)).contains("option");

    Transition back = step.reply(t.walk(), new Reply.Typed("by criterion"));
    assertThat(back.walk().state().text("rating.masters.growth")).contains("7");
    assertThat(prompt(back).id()).isEqualTo("rating.masters.interest");
    assertThat(SessionWalkTest.roundTrip(back.walk().state())).isEqualTo(back.walk().state());
  }
}
