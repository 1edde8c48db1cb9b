package dev.crossroads.session;

import dev.crossroads.session.ask.Reply;
import dev.crossroads.session.question.Blueprint;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.question.Flow;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.Contexts;
import dev.crossroads.session.step.Effect;
import dev.crossroads.session.step.Next;
import dev.crossroads.session.step.Refusals;
import dev.crossroads.session.step.Step;
import dev.crossroads.session.step.Transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines no question takes are refused by the step itself, before any question reads them. */
class StepRefusalsTest {
  private static final Messages EN = new Messages(Locale.ENGLISH);
  @TempDir Path home;

  private final Step step = new Step(new Flow(new TestCatalogue().titles("en")),
      new Contexts(EN, new TestCatalogue(), Harness.TODAY, Optional.empty()), true,
      Path.of("draft.json"));

  private Transition atTitle() {
    Transition t = step.start(SessionState.start("en").with(Ids.TEMPLATE, Answer.text("grad")));
    assertThat(((Next.Ask) t.next()).prompt().id()).isEqualTo(Ids.TITLE);
    return t;
  }

  private static Effect.Reject rejection(Transition t) {
    return t.effects().stream().filter(Effect.Reject.class::isInstance)
        .map(Effect.Reject.class::cast).findFirst().orElseThrow();
  }

  @Test
  void aLineWithATerminalControlIsRefusedNamingTheControlAndAskedAgain() {
    Transition t = atTitle();
    Transition refused = step.reply(t.walk(), new Reply.Typed("A \u001b]0;pwned\u0007 B"));

    assertThat(EN.get(rejection(refused).reason())).contains("␛").contains("3");
    assertThat(((Next.Ask) refused.next()).prompt().id()).isEqualTo(Ids.TITLE);
    assertThat(refused.walk().state().answer(Ids.TITLE)).isEmpty();
  }

  @Test
  void aTenKilobytePasteIsRefusedBeforeAnyQuestionReadsItQuotedShortAndNotPutBack() {
    Transition t = atTitle();
    String paste = "words".repeat(2_000);
    Transition refused = step.reply(t.walk(), new Reply.Typed(paste));

    Effect.Reject r = rejection(refused);
    assertThat(EN.get(r.reason())).contains("10,000").contains("2,000");
    assertThat(r.typed().codePointCount(0, r.typed().length())).isLessThanOrEqualTo(80);
    assertThat(((Next.Ask) refused.next()).prompt().prefill()).isEmpty();
  }

  @Test
  void aLineJustUnderTheLimitIsReadByTheQuestion() {
    Transition t = atTitle();
    Transition taken = step.reply(t.walk(), new Reply.Typed("x".repeat(Refusals.LONGEST)));

    assertThat(taken.effects().stream().map(Object::toString).toList().toString())
        .doesNotContain("session.input.tooLong");
  }

  @Test
  void aTitleOrAnOptionLongerThanAProfileKeepsIsRefusedWhereItIsTyped() {
    Transition t = atTitle();
    Transition title = step.reply(t.walk(), new Reply.Typed("t".repeat(201)));
    assertThat(EN.get(rejection(title).reason())).contains("200");

    Transition taken = step.reply(t.walk(), new Reply.Typed("t".repeat(200)));
    while (!((Next.Ask) taken.next()).prompt().id().equals(Ids.OPTIONS)) {
      taken = step.reply(taken.walk(), new Reply.Typed(""));
    }
    Transition option = step.reply(taken.walk(), new Reply.Typed("add " + "o".repeat(201)));
    assertThat(EN.get(rejection(option).reason())).contains("200");
  }

  @Test
  void anAnswersFileValueWithAControlStopsTheSessionNamingTheQuestion() {
    Harness h = new Harness(home, "en");
    Map<String, Answer> file = Map.of("template", Answer.text("grad"),
        "decision.title", Answer.text("Title\u001b[2J"));

    assertThatThrownBy(() -> h.fromFile(file)).isInstanceOf(Problem.class)
        .satisfies(e -> {
          Problem f = (Problem) e;
          assertThat(f.kind()).isEqualTo(Problem.Kind.BAD_DATA);
          assertThat(EN.get(f.userMessage())).contains("decision.title").doesNotContain("\u001b");
        });
  }

  @Test
  void aTemplateLabelWithControlsShowsStandInsInTheSession() {
    TestCatalogue bank = new TestCatalogue();
    Harness h = new Harness(home, "en").with(new Catalogue() {
      @Override
      public List<Title> titles(String language) {
        return bank.titles(language);
      }

      @Override
      public Blueprint blueprint(String id, String language) {
        Blueprint b = bank.blueprint(id, language);
        return new Blueprint(b.id(), b.title(), b.intro(),
            List.of(new dev.crossroads.decision.Option("masters", "Mast\u001b]0;pwned\u0007ers"),
                b.options().get(1)),
            b.catalogue(), b.preselected(), b.suggestedPoints(), b.reflections(), b.keptMoney(),
            b.moneyCriteria(), b.money());
      }
    });
    h.typed(Harness.lines("1", "", "") + Harness.CTRL_C);

    assertThat(h.raw).doesNotContain("\u0007").doesNotContain("\u001b]");
    assertThat(h.raw).contains("Mast␛]0;pwned␇ers");
  }
}
