package dev.crossroads.session;

import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.SessionEnd;

import static dev.crossroads.session.Harness.BACKSPACE;
import static dev.crossroads.session.Harness.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionTest {
  @TempDir Path home;

  private Decision decision(SessionEnd r) {
    assertThat(r.interrupted()).as("the session finished; it was stopped at %s", r.state().cursor())
        .isFalse();
    return r.decision().orElseThrow();
  }

  @Test
  void aWholeSessionAtTheTerminalBuildsTheDecisionFromTheAnswers() {
    Harness h = new Harness(home, "en");
    Decision d = decision(h.typed(Script.keys()));

    assertThat(d.title()).isEqualTo("Grad school or a job now?");
    assertThat(d.options()).extracting("id").containsExactly("masters", "job", "keep-open");
    assertThat(d.criteria()).extracting("id").containsExactly("growth", "interest", "time");
    assertThat(d.weights()).isEqualTo(new WeightInput.Points(
        Map.of("growth", 50.0, "interest", 30.0, "time", 20.0)));
    assertThat(d.rating("job", "growth")).isEqualTo(Rating.range(6, 8));
    assertThat(d.rating("masters", "time")).isEqualTo(Rating.of(8));
    assertThat(d.meta().gutRanking()).containsExactly("job", "masters", "keep-open");
    assertThat(d.meta().deadline()).contains(LocalDate.of(2027, 3, 1));
    assertThat(d.meta().reviewDate()).contains(LocalDate.of(2027, 2, 25));
    assertThat(d.reflections()).containsEntry("premortem", "I lost interest in research");
    assertThat(h.profiles.saved).containsKey("grad-school-or-a-job-now-2026");
  }

  @Test
  void theScreenShowsProgressDefaultsAndTheSummaryWithTheGutComparison() {
    Harness h = new Harness(home, "en");
    h.typed(Script.keys());

    assertThat(h.screen).contains("── 2/8 · Options ──", "── 6/8 · Ratings ──");
    assertThat(h.screen).contains("Decision [Grad school or a job now?] › ");
    // The two rankings side by side; whether they agree is the summary's sentence, from the verdict.
    assertThat(h.screen).contains("Gut feeling vs the analysis").containsPattern("Gut +Start working");
    assertThat(h.screen).containsPattern("1\\. Start working +\\d+");
  }

  @Test
  void aWrongAnswerIsAskedAgainOnACleanLineWithAOneLineReason() {
    Harness h = new Harness(home, "en");
    String keys = Script.keysBefore("rating.job.growth") + lines("6-11", "6-8")
        + Script.keysFrom("rating.keep-open.growth");

    Decision d = decision(h.typed(keys));

    assertThat(h.screen).contains("Rating 2 of 9 (1–10) › 6-11\n  ! Give a number from 1 to 10.\n"
        + "Rating 2 of 9 (1–10) › 6-8\n");
    assertThat(d.rating("job", "growth")).isEqualTo(Rating.range(6, 8));
  }

  @Test
  void newTypingAfterARefusedAnswerIsNeverAppendedToIt() {
    Harness h = new Harness(home, "en");
    String keys = Script.keysBefore("rating.job.growth") + lines("11", "9")
        + Script.keysFrom("rating.keep-open.growth");

    Decision d = decision(h.typed(keys));

    assertThat(d.rating("job", "growth")).isEqualTo(Rating.of(9));
    assertThat(h.screen).doesNotContain("119");
  }

  @Test
  void theRefusedTextIsOneKeyAwayInTheHistory() {
    Harness h = new Harness(home, "en");
    String up = "\u001b[A";
    String keys = Script.keysBefore("rating.job.growth") + "6-11\r" + up + BACKSPACE + BACKSPACE
        + "8\r" + Script.keysFrom("rating.keep-open.growth");

    Decision d = decision(h.typed(keys));

    assertThat(d.rating("job", "growth")).isEqualTo(Rating.range(6, 8));
  }

  @Test
  void everyRatingSaysHowFarAlongTheRatingsStepItIs() {
    Harness en = new Harness(home.resolve("en"), "en");
    en.typed(Script.keys());
    Harness ko = new Harness(home.resolve("ko"), "ko");
    ko.typed(Script.keys());

    assertThat(en.screen).contains("Rating 1 of 9 (1–10) › 8", "Rating 5 of 9 (1–10) › 8",
        "Rating 9 of 9 (1–10) › 4");
    assertThat(ko.screen).contains("평가 1/9 (1–10) › 8", "평가 9/9 (1–10) › 4");
  }

  @Test
  void backReturnsToThePreviousQuestionWithItsAnswerAsTheDefault() {
    Harness h = new Harness(home, "en");
    String keys = Script.keysBefore("criteria") + lines("back", "1 2 3")
        + Script.keysFrom("criteria");

    Decision d = decision(h.typed(keys));

    assertThat(h.screen).contains("Ranking [2 1 3] › ");
    assertThat(d.meta().gutRanking()).containsExactly("masters", "job", "keep-open");
  }

  @Test
  void aQuestionMarkShowsHelpAndASecondOneMeansDontKnow() {
    Harness h = new Harness(home, "en");
    String keys = Script.keysBefore("rating.masters.interest") + lines("?", "?")
        + Script.keysFrom("rating.job.interest");

    Decision d = decision(h.typed(keys));

    assertThat(h.screen).contains("Interest: Fun in the work itself.",
        "Scale: low end = counting the hours; high end = would do it for free.",
        "Don't know? Type ? again");
    assertThat(d.rating("masters", "interest")).isEqualTo(Rating.range(1, 10));
    assertThat(h.screen).contains("Key uncertainties", "Master's × Interest");
  }

  @Test
  void helpIsAvailableAtAPromptThatIsNotARating() {
    Harness h = new Harness(home, "en");
    String keys = Script.keysBefore("weights.method") + lines("?")
        + Script.keysFrom("weights.method");

    decision(h.typed(keys));

    assertThat(h.screen).contains("All three give weights that add up to 100%.");
  }

  @Test
  void optionsCanBeEditedAddedAndRemovedAndStayIsOffered() {
    Harness h = new Harness(home, "en");
    String keys = Script.keysBefore("options")
        + lines("remove 3", "edit 2 Job at a startup", "add Work abroad", "")
        + lines("2 1 3", "", "", "", "50", "30", "")
        + lines("8", "7", "6", "6", "8", "7", "8", "2", "3", "", "", "", "");

    Decision d = decision(h.typed(keys));

    assertThat(d.options()).extracting("label")
        .containsExactly("Master's", "Job at a startup", "Work abroad");
    assertThat(d.options()).extracting("id").containsExactly("masters", "job-at-a-startup",
        "work-abroad");
    assertThat(h.screen).contains("type \"stay\" to add \"Stay as I am for now\"");
  }

  @Test
  void theReviewShowsEveryGroupAndOpenNShowsItsAnswersAndEditNChangesOne() {
    Harness h = new Harness(home, "en");
    String keys = Script.keysBefore("review") + lines("open 5", "edit 5", "1 2 3", "", "");

    Decision d = decision(h.typed(keys));

    assertThat(h.screen).containsPattern("5  Gut feeling +Start working > Master's");
    assertThat(h.screen).containsPattern("5\\. Gut ranking +Start working > Master's");
    assertThat(d.meta().gutRanking()).containsExactly("masters", "job", "keep-open");
  }

  @Test
  void theSameAnswersFromAFileGiveTheSameDecision() {
    Decision typed = decision(new Harness(home.resolve("a"), "en").typed(Script.keys()));
    Decision filed = decision(new Harness(home.resolve("b"), "en").fromFile(Script.file()));

    assertThat(filed).isEqualTo(typed);
  }

  @Test
  void theSameLinesPipedGiveTheSameDecisionAndShowNoPrompt() {
    Decision typed = decision(new Harness(home.resolve("a"), "en").typed(Script.keys()));
    Harness piped = new Harness(home.resolve("b"), "en");
    Decision d = decision(piped.piped(Script.keys().replace("\r", "\n")));

    assertThat(d).isEqualTo(typed);
    assertThat(piped.screen).doesNotContain("›");
  }

  @Test
  void theDraftHoldsEveryAnswerAsSoonAsItIsGiven() {
    Harness h = new Harness(home, "en");
    SessionEnd r = h.typed(Script.keysBefore("gut") + Harness.CTRL_C);

    assertThat(r.interrupted()).isTrue();
    List<Path> drafts = h.drafts.list();
    assertThat(drafts).hasSize(1);
    SessionState saved = h.drafts.load(drafts.get(0));
    assertThat(saved.cursor()).isEqualTo("gut");
    assertThat(saved.text("decision.deadline")).contains("2027-03-01");
  }

  @Test
  void ctrlDStopsLikeCtrlCAndAHalfTypedLineComesBackOnResume() {
    Harness h = new Harness(home, "en");
    SessionEnd r = h.typed(Script.keysBefore("gut") + "2 1" + Harness.CTRL_C);
    assertThat(r.interrupted()).isTrue();
    Path draft = h.drafts.list().get(0);
    assertThat(h.drafts.load(draft).typing()).isEqualTo("2 1");

    SessionEnd stopped = h.resumed(Harness.CTRL_D, draft);
    assertThat(stopped.interrupted()).isTrue();

    Decision d = decision(h.resumed(" 3\r" + Script.keysFrom("criteria"), draft));
    assertThat(d.meta().gutRanking()).containsExactly("job", "masters", "keep-open");
    assertThat(h.drafts.list()).isEmpty();
  }

  @Test
  void aTakenProfileNameIsRefusedWithAReasonAndAnotherAsked() {
    Harness h = new Harness(home, "en");
    h.profiles.saved.put("mine", null);
    String keys = Script.keysBefore("save.name") + lines("mine", "mine-2");
    h.typed(keys);

    assertThat(h.screen).contains("There is already a profile called \"mine\"");
    assertThat(h.profiles.saved).containsKey("mine-2");
  }
}
