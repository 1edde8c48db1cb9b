package dev.crossroads.session;

import dev.crossroads.session.files.DraftInfo;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.SessionEnd;

import static dev.crossroads.session.Harness.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defaults taken because nobody could be asked are not answers: a draft keeps only what was
 * given, is listed and resumed at its first unanswered question, and a run that gave nothing
 * leaves no draft at all.
 */
class DefaultsNotKeptTest {
  @TempDir Path home;

  @Test
  void aRunThatAnsweredNothingLeavesNoDraftAndSaysSo() {
    Harness h = new Harness(home, "en");

    Problem f = catchThrowableOfType(Problem.class, () -> h.piped(""));

    assertThat(f.userMessage().key()).isEqualTo("session.input.missingNoDraft");
    assertThat(h.messages().get(f.userMessage())).contains("no draft is kept");
    assertThat(h.drafts.list()).isEmpty();
  }

  @Test
  void inKoreanTooItSaysNoDraftIsKept() {
    Harness h = new Harness(home, "ko");

    Problem f = catchThrowableOfType(Problem.class, () -> h.piped(""));

    assertThat(h.messages().get(f.userMessage())).contains("초안은 남기지 않았어요");
    assertThat(h.drafts.list()).isEmpty();
  }

  @Test
  void aDraftHoldsOnlyTheGivenAnswersAndResumesAtTheFirstOpenQuestion() {
    Harness h = new Harness(home, "en");

    Problem f = catchThrowableOfType(Problem.class, () -> h.piped(lines("1", "My own title")));

    assertThat(f.userMessage().key()).isEqualTo("session.input.missing");
    List<Path> drafts = h.drafts.list();
    assertThat(drafts).hasSize(1);
    SessionState kept = h.drafts.load(drafts.get(0));
    assertThat(kept.answers().keySet()).containsExactly(Ids.TEMPLATE, Ids.TITLE);
    assertThat(kept.cursor()).isEqualTo(Ids.DEADLINE);
    DraftInfo info = DraftInfo.list(h.drafts).get(0);
    assertThat(info.step()).isEqualTo(Section.DECISION);

    SessionEnd r = h.resumed(Script.keysFrom("decision.deadline"), drafts.get(0));

    assertThat(r.interrupted()).isFalse();
    assertThat(h.screen).doesNotContain("Which decision is on your mind?",
        "In a few words, what are you deciding?").contains("By when do you need to decide?");
    assertThat(h.screen.indexOf("By when do you need to decide?"))
        .isLessThan(h.screen.indexOf("Your answers:"));
    assertThat(r.decision().orElseThrow().title()).isEqualTo("My own title");
  }
}
