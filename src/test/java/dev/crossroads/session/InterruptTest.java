package dev.crossroads.session;

import dev.crossroads.session.step.SessionEnd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Decision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InterruptTest {
  /** The first question of each section in {@link Script}, in order. */
  static final List<String> SECTION_STARTS = List.of("template", "options", "gut", "criteria",
      "weights.method", "rating.masters.growth", "reflect.premortem", "review", "save.name");

  @TempDir Path home;

  private static String line(String id) {
    return Script.steps().stream().filter(x -> x[0].equals(id)).findFirst().orElseThrow()[1];
  }

  /** The keys from {@code from} (inclusive) up to {@code to} (exclusive). */
  private static String keysBetween(String from, String to) {
    String all = Script.keysFrom(from);
    String rest = Script.keysFrom(to);
    return all.substring(0, all.length() - rest.length());
  }

  @Test
  void killedAtEverySectionInTurnAndResumedTheProfileEqualsAnUninterruptedOne() {
    Decision uninterrupted =
        new Harness(home.resolve("straight"), "en").typed(Script.keys()).decision().orElseThrow();

    Harness h = new Harness(home.resolve("stopped"), "en");
    String typedAhead = "";
    Path draft = null;
    List<String> stoppedAt = new ArrayList<>();
    for (int s = 0; s < SECTION_STARTS.size(); s++) {
      String start = SECTION_STARTS.get(s);
      String answer = line(start);
      String before = s == 0 ? "" : keysBetween(SECTION_STARTS.get(s - 1), start)
          .substring(typedAhead.length());
      String half = answer.isEmpty() ? "" : answer.substring(0, 1);
      String keys = before + half + Harness.CTRL_C;
      SessionEnd r = draft == null ? h.typed(keys) : h.resumed(keys, draft);
      assertThat(r.interrupted()).as("stopped in section %d", s + 1).isTrue();
      assertThat(r.state().cursor()).isEqualTo(start);
      assertThat(r.state().typing()).isEqualTo(half);
      assertThat(h.screen).doesNotContain("Exception");
      stoppedAt.add(r.state().cursor());
      draft = h.drafts.list().get(0);
      typedAhead = half;
    }
    SessionEnd last = h.resumed(
        Script.keysFrom("save.name").substring(typedAhead.length()), draft);

    assertThat(stoppedAt).isEqualTo(SECTION_STARTS);
    assertThat(last.interrupted()).isFalse();
    assertThat(last.decision()).contains(uninterrupted);
    assertThat(h.drafts.list()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"template", "options", "gut", "criteria", "weights.method",
      "rating.masters.growth", "reflect.premortem", "review", "save.name"})
  void killedOnceAndResumedTheProfileEqualsAnUninterruptedOne(String section) {
    Decision uninterrupted =
        new Harness(home.resolve("straight"), "en").typed(Script.keys()).decision().orElseThrow();
    Harness h = new Harness(home.resolve("stopped"), "en");

    SessionEnd stopped = h.typed(Script.keysBefore(section) + Harness.CTRL_C);
    assertThat(stopped.interrupted()).isTrue();
    if (section.equals("template")) {
      // Stopped before anything was given: there is nothing to keep, so no draft.
      assertThat(h.drafts.list()).isEmpty();
      assertThat(h.typed(Script.keys()).decision()).contains(uninterrupted);
      return;
    }
    SessionEnd resumed = h.resumed(Script.keysFrom(section), h.drafts.list().get(0));

    assertThat(resumed.decision()).contains(uninterrupted);
  }
}
