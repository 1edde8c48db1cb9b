package dev.crossroads.session;

import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftsFindTest {
  @TempDir Path home;

  @Test
  void anIdThatCannotBeAPathFindsNoDraftInsteadOfFailing() {
    // Under LC_ALL=C a Korean id cannot be made into a path; a NUL cannot anywhere.
    Drafts drafts = new Drafts(home.resolve("drafts"));
    assertThat(drafts.find(Optional.of("대학원\u0000"))).isEmpty();
  }

  @Test
  void draftsStartedInTheSameSecondAreListedNewestFirstLikeTheOthers() {
    Drafts drafts = new Drafts(home.resolve("drafts"));
    java.time.LocalDateTime second = java.time.LocalDateTime.of(2026, 11, 25, 15, 10, 32);
    SessionState state = SessionState.start("en").with(Ids.TEMPLATE, Answer.text("grad"));
    for (java.time.LocalDateTime at : java.util.List.of(second.minusMinutes(1), second, second,
        second)) {
      drafts.save(drafts.fresh(at), state);
    }

    assertThat(drafts.list()).extracting(p -> p.getFileName().toString()).containsExactly(
        "20261125-151032-3.json", "20261125-151032-2.json", "20261125-151032.json",
        "20261125-150932.json");
    assertThat(drafts.find(Optional.empty()).orElseThrow().getFileName().toString())
        .isEqualTo("20261125-151032-3.json");
  }
}
