package dev.crossroads.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.ask.Reply;
import dev.crossroads.session.question.BankCatalogue;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.question.Flow;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.Contexts;
import dev.crossroads.session.step.Next;
import dev.crossroads.session.step.Step;
import dev.crossroads.session.step.Transition;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Changing the template at the review keeps the person's words and answers, never raw ids. */
class TemplateChangeTest {
  private static final Catalogue BANK = new BankCatalogue(TemplateSources.builtInOnly());
  private final Step step = new Step(new Flow(BANK.titles("en")),
      new Contexts(new Messages(Locale.ENGLISH), BANK, Harness.TODAY, Optional.empty()), true,
      Path.of("draft.json"));

  private static Prompt prompt(Transition t) {
    return ((Next.Ask) t.next()).prompt();
  }

  private Transition atReview() {
    Transition t = step.start(SessionState.start("en")
        .with(Ids.TEMPLATE, Answer.text("grad-school")));
    for (int i = 0; i < 300 && !prompt(t).id().equals(Ids.REVIEW); i++) {
      String id = prompt(t).id();
      String reply = id.equals(Ids.GUT) ? "1 2 3 4" : id.startsWith(Ids.RATING) ? "6" : "";
      t = step.reply(t.walk(), new Reply.Typed(reply));
    }
    assertThat(prompt(t).id()).isEqualTo(Ids.REVIEW);
    return t;
  }

  @Test
  void aTemplateChangedBeforeAnyOptionWasTalkedAboutOffersTheNewTemplatesOptions() {
    Transition t = step.start(SessionState.start("en")
        .with(Ids.TEMPLATE, Answer.text("grad-school")));
    t = step.reply(t.walk(), new Reply.Back());
    int startup = BANK.titles("en").stream().map(Catalogue.Title::id).toList()
        .indexOf("startup-vs-bigco");
    t = step.reply(t.walk(), new Reply.Typed(String.valueOf(startup + 1)));

    assertThat(t.walk().state().answer(Ids.OPTIONS)).isEmpty();
    assertThat(t.walk().state().text(Ids.TEMPLATE)).contains("startup-vs-bigco");
  }

  @Test
  void anotherTemplateChosenAtTheReviewKeepsTheCriteriaLabelsAndTheRatings() {
    Transition review = atReview();
    SessionState before = review.walk().state();
    int blank = BANK.titles("en").stream().map(Catalogue.Title::id).toList().indexOf("blank");

    Transition t = step.reply(review.walk(), new Reply.Typed("edit 1"));
    t = step.reply(t.walk(), new Reply.Typed(String.valueOf(blank + 1)));
    SessionState after = t.walk().state();

    assertThat(after.text(Ids.TEMPLATE)).contains("blank");
    assertThat(after.items(Ids.CRITERIA)).contains("Fit with the job postings you want")
        .doesNotContain("jd-fit");
    List<String> ratings = after.answers().keySet().stream()
        .filter(k -> k.startsWith(Ids.RATING)).toList();
    assertThat(ratings).hasSameSizeAs(before.answers().keySet().stream()
        .filter(k -> k.startsWith(Ids.RATING)).toList());
    // Every rating still belongs to an option and a criterion of the session.
    while (!prompt(t).id().equals(Ids.REVIEW)) {
      t = step.reply(t.walk(), new Reply.Typed(""));
    }
    assertThat(String.join("\n", prompt(t).lead())).doesNotContain("jd-fit")
        .doesNotContain("not answered");
  }
}
