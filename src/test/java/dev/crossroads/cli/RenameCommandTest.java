package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.store.ProfileLock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenameCommandTest {
  @TempDir Path home;

  @Test
  void renamesTheProfile() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("old", "Title");
    SubcommandRun run = fixture.run(RenameCommand::new, "old", "새 이름");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Renamed \"old\" to \"새 이름\"");
    assertThat(fixture.exists("old")).isFalse();
    assertThat(fixture.load("새 이름").title()).isEqualTo("Title");
  }

  @Test
  void aMissingProfileExitsWithNoInput() {
    SubcommandRun run = new ProfileFixture(home).run(RenameCommand::new, "a", "b");
    assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
    assertThat(run.err()).contains("no profile named \"a\"");
  }

  @Test
  void aTakenNewNameIsRefusedAndBothProfilesStayAsTheyWere() {
    ProfileFixture fixture = new ProfileFixture(home);
    Path a = fixture.save("a", "A");
    Path b = fixture.save("b", "B");
    byte[] aBefore = ProfileFixture.bytes(a);
    byte[] bBefore = ProfileFixture.bytes(b);
    SubcommandRun run = fixture.run(RenameCommand::new, "a", "b");
    assertThat(run.exitCode()).isEqualTo(ExitCode.CANT_CREATE);
    assertThat(run.err()).contains("\"b\" already exists");
    assertThat(ProfileFixture.bytes(a)).isEqualTo(aBefore);
    assertThat(ProfileFixture.bytes(b)).isEqualTo(bBefore);
  }

  @Test
  void aBadNewNameIsAUsageErrorAndNothingMoves() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("a", "A");
    SubcommandRun run = fixture.run(RenameCommand::new, "a", ".sneaky");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("cannot start with a dot");
    assertThat(fixture.exists("a")).isTrue();
  }

  @Test
  void aProfileInUseElsewhereIsRefusedWithTryAgainLater() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("a", "A");
    try (ProfileLock held = fixture.lock("a")) {
      SubcommandRun run = fixture.run(RenameCommand::new, "a", "b");
      assertThat(run.exitCode()).isEqualTo(ExitCode.TEMPORARY);
      assertThat(run.err()).contains("being changed by another crossroads");
    }
    assertThat(fixture.exists("a")).isTrue();
    assertThat(fixture.exists("b")).isFalse();
  }
}
