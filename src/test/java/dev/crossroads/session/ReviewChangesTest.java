package dev.crossroads.session;

import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.SessionEnd;

import static dev.crossroads.session.Harness.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.WeightInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A criterion added on the review screen keeps the weights whole under every method: the
 * ranking asks where it goes, points ask how to make room, pairs ask only the new pairs.
 */
class ReviewChangesTest {
  /** The review's line for the criteria, in {@link Script}'s session. */
  private static final String EDIT_CRITERIA = "edit 6";
  @TempDir Path home;

  private static String upToMethod() {
    return Script.keysBefore("weights.method");
  }

  private static String ratingsToReview() {
    return Script.keysBetween("rating.masters.growth", "review");
  }

  /** Salary added at the review, then its place or points ({@code weighing}), then its ratings. */
  private static String addSalary(String... weighing) {
    List<String> keys = new ArrayList<>(List.of(EDIT_CRITERIA, "add Salary", ""));
    keys.addAll(List.of(weighing));
    keys.addAll(List.of("50", "40", "45", "", ""));
    return lines(keys.toArray(String[]::new));
  }

  private static Decision decision(SessionEnd r) {
    assertThat(r.interrupted()).as("stopped at %s", r.state().cursor()).isFalse();
    return r.decision().orElseThrow();
  }

  @Test
  void aCriterionAddedUnderRankWeightingIsPlacedInTheRankingByAsking() {
    Harness h = new Harness(home, "en");
    String keys = upToMethod() + lines("rank", "2 1") + ratingsToReview() + addSalary("2");

    Decision d = decision(h.typed(keys));

    assertThat(h.screen).contains("\"Salary\" is new. Where does it go in your ranking",
        "Place (1–4) [4] › 2");
    assertThat(d.weights()).isEqualTo(new WeightInput.RankOrder(
        List.of("interest", "salary", "growth", "time")));
    assertThat(d.rating("job", "salary")).isNotNull();
  }

  @Test
  void aRemovedCriterionLeavesTheRankingOfTheOthersAsItWas() {
    Harness h = new Harness(home, "en");
    String keys = upToMethod() + lines("rank", "3 1 2") + ratingsToReview()
        + lines(EDIT_CRITERIA, "remove 1", "", "", "");

    Decision d = decision(h.typed(keys));

    assertThat(d.weights()).isEqualTo(new WeightInput.RankOrder(List.of("time", "interest")));
  }

  @Test
  void theDraftOfTheOldCrashResumesAtThePlaceQuestionInsteadOfAStackTrace() {
    Harness h = new Harness(home, "en");
    SessionEnd stopped = h.typed(upToMethod() + lines("rank", "2 1") + ratingsToReview()
        + Harness.CTRL_C);
    Path draft = h.drafts.list().get(0);
    // What an older crossroads left behind: a criterion added after the ranking, rated, and
    // the cursor at the save, where the summary used to fail on the incomplete ranking.
    SessionState broken = stopped.state()
        .with(Ids.CRITERIA, Answer.items(List.of("growth", "interest", "time", "salary")))
        .with(Ids.rating("masters", "salary"), Answer.text("50"))
        .with(Ids.rating("job", "salary"), Answer.text("40"))
        .with(Ids.rating("keep-open", "salary"), Answer.text("45"))
        .with(Ids.REVIEW, Answer.text("ok"))
        .at(Ids.SAVE);
    h.drafts.save(draft, broken);

    Decision d = decision(h.resumed(lines("1", "", ""), draft));

    assertThat(h.screen).contains("Where does it go in your ranking").doesNotContain("Exception");
    assertThat(d.weights()).isEqualTo(new WeightInput.RankOrder(
        List.of("salary", "interest", "growth", "time")));
  }

  @Test
  void underPointsANewCriterionAsksHowManyPointsAndShrinksTheOthersInProportion() {
    Harness h = new Harness(home, "en");
    String keys = Script.keysBefore("review") + addSalary("10");

    Decision d = decision(h.typed(keys));

    assertThat(h.screen).contains("\"Salary\" is new, and the 100 points are all given:",
        "1. Growth: 50", "\"N from K\"", "Points for Salary [0] › 10");
    assertThat(d.weights()).isEqualTo(new WeightInput.Points(Map.of(
        "growth", 45.0, "interest", 27.0, "time", 18.0, "salary", 10.0)));
  }

  @Test
  void underPointsTheNewCriterionCanTakeItsPointsFromOneNamedCriterion() {
    Harness h = new Harness(home, "en");
    String keys = Script.keysBefore("review") + addSalary("25 from tim", "20 from tim");

    Decision d = decision(h.typed(keys));

    assertThat(h.screen).contains("! Time it takes has only 20 points to give.");
    assertThat(d.weights()).isEqualTo(new WeightInput.Points(Map.of(
        "growth", 50.0, "interest", 30.0, "time", 0.0, "salary", 20.0)));
  }

  @Test
  void underPointsARemovedCriterionsPointsAreSharedByTheOthersInProportion() {
    Harness h = new Harness(home, "en");
    String keys = Script.keysBefore("review") + lines(EDIT_CRITERIA, "remove 3", "", "", "");

    Decision d = decision(h.typed(keys));

    assertThat(d.weights()).isEqualTo(new WeightInput.Points(Map.of(
        "growth", 63.0, "interest", 37.0)));
  }

  @Test
  void underPairsOnlyTheNewPairsAreAsked() {
    Harness h = new Harness(home, "en");
    String keys = upToMethod() + lines("pairs", "3", "3", "1") + ratingsToReview()
        + addSalary("3", "1", "1");

    Decision d = decision(h.typed(keys));

    assertThat(h.screen.split("Growth or Interest: which matters more", -1)).hasSize(2);
    assertThat(h.screen).contains("Growth or Salary: which matters more",
        "Time it takes or Salary: which matters more");
    assertThat(((WeightInput.Pairwise) d.weights()).judgements()).containsExactly(
        new WeightInput.Judgement("growth", "interest", 3),
        new WeightInput.Judgement("growth", "time", 3),
        new WeightInput.Judgement("interest", "time", 1),
        new WeightInput.Judgement("growth", "salary", 3),
        new WeightInput.Judgement("interest", "salary", 1),
        new WeightInput.Judgement("time", "salary", 1));
  }
}
