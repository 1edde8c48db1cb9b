package dev.crossroads.session;

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
}
