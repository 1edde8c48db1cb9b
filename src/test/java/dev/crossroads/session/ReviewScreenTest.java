package dev.crossroads.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.session.ask.Layout;
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
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The review fits one 80 x 24 screen, grouped, and a group opens to show its answers. */
class ReviewScreenTest {
  private static final Catalogue BANK = new BankCatalogue(TemplateSources.builtInOnly());

  private static Transition atReview(String language) {
    Messages messages = new Messages("ko".equals(language) ? Locale.KOREAN : Locale.ENGLISH);
    Step step = new Step(new Flow(BANK.titles(language)),
        new Contexts(messages, BANK, Harness.TODAY, Optional.empty()), false, Path.of("d.json"));
    Map<String, Answer> answers = GradSchoolAnswers.withMoneyView();
    answers.remove("save.name");
    SessionState state = new SessionState(language, answers, "", false, "");
    Transition t = step.start(state);
    // Whatever the file leaves out takes its default, as a session without a terminal does.
    for (int i = 0; i < 200 && !prompt(t).id().equals(Ids.REVIEW); i++) {
      t = step.reply(t.walk(), new Reply.Typed(""));
    }
    return t;
  }

  private static Prompt prompt(Transition t) {
    return ((Next.Ask) t.next()).prompt();
  }

  /** The screen's lines: the section header above, the lead, and the input line. */
  private static List<String> screen(Prompt p) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add("── 8/8 · Review ──");
    p.lead().forEach(l -> lines.addAll(Layout.wrap(l, 79)));
    lines.add(p.label() + " › ");
    return lines;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void theReviewOfAWholeGradSchoolSessionFitsTwentyFourLinesOfEightyColumns(String language) {
    Prompt review = prompt(atReview(language));

    List<String> lines = screen(review);
    assertThat(lines).hasSizeLessThanOrEqualTo(24);
    assertThat(lines).allSatisfy(l -> assertThat(Layout.width(l)).isLessThanOrEqualTo(79));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void openingAGroupShowsItsNumberedAnswersAndEditStillMeansTheSameAnswer(String language) {
    Transition t = atReview(language);
    String ratings = prompt(t).lead().stream().filter(l -> l.contains("–")).skip(4)
        .findFirst().orElseThrow();
    int first = Integer.parseInt(ratings.strip().split("–")[0]);
    Messages m = new Messages("ko".equals(language) ? Locale.KOREAN : Locale.ENGLISH);
    Step step = new Step(new Flow(BANK.titles(language)),
        new Contexts(m, BANK, Harness.TODAY, Optional.empty()), true, Path.of("d.json"));

    Transition opened = step.reply(t.walk(), new Reply.Typed("open " + first));
    Prompt shown = prompt(opened);
    assertThat(shown.id()).isEqualTo(Ids.REVIEW);
    assertThat(shown.lead()).anySatisfy(l -> assertThat(l).matches("\\s+" + first + "\\. .*"));

    Transition edited = step.reply(opened.walk(), new Reply.Typed("edit " + first));
    assertThat(prompt(edited).id()).isNotEqualTo(Ids.REVIEW);
    Transition back = step.reply(edited.walk(), new Reply.Typed(""));
    assertThat(prompt(back).id()).isEqualTo(Ids.REVIEW);
  }
}
