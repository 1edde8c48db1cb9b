package dev.crossroads.session;

import dev.crossroads.session.state.Answer;
import dev.crossroads.session.step.SessionEnd;

import static dev.crossroads.session.Harness.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.WeightInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only a criterion added after the 100 points were all given is asked how to make room; the
 * last of the criteria chosen from the start gets what is left, even when that is nothing.
 */
class MakeRoomTest {
  @TempDir Path home;

  private static Decision decision(SessionEnd r) {
    assertThat(r.interrupted()).as("stopped at %s", r.state().cursor()).isFalse();
    return r.decision().orElseThrow();
  }

  private static String fiftyFifty() {
    return Script.keysBefore("weights.points.growth") + lines("50", "50", "")
        + Script.keysFrom("rating.masters.growth");
  }

  @Test
  void theLastOfThreeCriteriaGetsWhatIsLeftWhenTheOthersTookAll100() {
    Harness h = new Harness(home, "en");

    Decision d = decision(h.typed(fiftyFifty()));

    assertThat(h.screen).doesNotContain("is new").contains("(0 left)", "Points [0] ›");
    assertThat(d.weights()).isEqualTo(new WeightInput.Points(Map.of(
        "growth", 50.0, "interest", 50.0, "time", 0.0)));
  }

  @Test
  void inKoreanTooTheThirdCriterionIsNotAnnouncedAsNew() {
    Harness h = new Harness(home, "ko");

    Decision d = decision(h.typed(fiftyFifty()));

    assertThat(h.screen).doesNotContain("새로 들어왔는데").contains("남은 점수 0점", "점수 [0] ›");
    assertThat(d.weights()).isEqualTo(new WeightInput.Points(Map.of(
        "growth", 50.0, "interest", 50.0, "time", 0.0)));
  }

  @Test
  void withTwoCriteriaAll100ToTheFirstLeavesTheSecondNothing() {
    Harness h = new Harness(home, "en");
    String keys = Script.keysBefore("criteria") + lines("remove 3", "")
        + Script.keysBetween("dealbreakers", "weights.points.growth") + lines("100", "")
        + Script.keysBetween("rating.masters.growth", "rating.masters.time")
        + Script.keysFrom("reflect.premortem");

    Decision d = decision(h.typed(keys));

    assertThat(h.screen).doesNotContain("is new").contains("Points [0] ›");
    assertThat(d.weights()).isEqualTo(new WeightInput.Points(Map.of(
        "growth", 100.0, "interest", 0.0)));
  }

  @Test
  void anAnswersFileThatLeavesTheLastCriterionOutGivesItWhatIsLeft() {
    Harness h = new Harness(home, "en");
    Map<String, Answer> file = new java.util.LinkedHashMap<>(Script.file());
    file.put("criteria", Answer.items(List.of("growth", "interest")));
    file.put("weights.points.growth", Answer.text("100"));
    file.remove("weights.points.interest");
    file.keySet().removeIf(k -> k.startsWith("rating.") && k.endsWith(".time"));

    Decision d = decision(h.fromFile(file));

    assertThat(d.weights()).isEqualTo(new WeightInput.Points(Map.of(
        "growth", 100.0, "interest", 0.0)));
  }
}
