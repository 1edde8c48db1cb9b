package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.store.ProfileLock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeleteCommandTest {
  @TempDir Path home;

  @Test
  void withYesDeletesWithoutAsking() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("job", "Job");
    SubcommandRun run = fixture.run(DeleteCommand::new, "job", "--yes");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Deleted profile \"job\"");
    assertThat(fixture.exists("job")).isFalse();
    assertThat(fixture.questions).isEmpty();
  }

  @Test
  void onATerminalAsksAndDeletesOnYes() {
    ProfileFixture fixture = new ProfileFixture(home).answering(true);
    fixture.save("job", "Job");
    SubcommandRun run = fixture.run(DeleteCommand::new, "job");
    assertThat(run.exitCode()).isZero();
    assertThat(fixture.questions).singleElement().asString().contains("Delete profile \"job\"");
    assertThat(fixture.exists("job")).isFalse();
  }

  @Test
  void onATerminalKeepsTheProfileWhenTheAnswerIsNo() {
    ProfileFixture fixture = new ProfileFixture(home).answering(false);
    fixture.save("job", "Job");
    SubcommandRun run = fixture.run(DeleteCommand::new, "job");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("nothing was deleted");
    assertThat(fixture.exists("job")).isTrue();
  }

  @Test
  void withoutATerminalAndWithoutYesRefusesWithUsageError() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("job", "Job");
    SubcommandRun run = fixture.run(DeleteCommand::new, "job");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("no terminal", "--yes");
    assertThat(fixture.exists("job")).isTrue();
  }

  @Test
  void aMissingProfileExitsWithNoInputBeforeAskingAnything() {
    ProfileFixture fixture = new ProfileFixture(home).answering(true);
    SubcommandRun run = fixture.run(DeleteCommand::new, "nope");
    assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
    assertThat(fixture.questions).isEmpty();
  }

  @Test
  void aBadNameIsAUsageError() {
    SubcommandRun run =
        new ProfileFixture(home).run(DeleteCommand::new, "a/b", "--yes");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("cannot contain /");
  }

  @Test
  void aProfileInUseElsewhereIsNotDeleted() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("job", "Job");
    try (ProfileLock held = fixture.lock("job")) {
      SubcommandRun run = fixture.run(DeleteCommand::new, "job", "--yes");
      assertThat(run.exitCode()).isEqualTo(ExitCode.TEMPORARY);
      assertThat(run.err()).contains("being changed by another crossroads");
    }
    assertThat(fixture.exists("job")).isTrue();
  }
}
