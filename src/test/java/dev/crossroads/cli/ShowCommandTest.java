package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {
  @TempDir Path home;

  @Test
  void showsTitleOptionsCriteriaBackupsAndTheFile() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("grad", "first");
    Path file = fixture.save("grad", "Grad school or job");
    SubcommandRun run = fixture.run(ShowCommand::new, "grad");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("Grad school or job")
        .contains("Grad school, Startup job")
        .contains("Growth, Pay")
        .containsPattern("Backups +1")
        .containsPattern("Verdict +A tie\\. Grad school and Startup job are tied")
        .contains(file.toString());
  }

  @Test
  void aMissingProfileExitsWithNoInput() {
    SubcommandRun run = new ProfileFixture(home).run(ShowCommand::new, "nope");
    assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
    assertThat(run.err()).contains("There is no profile named \"nope\"");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aNameWithPathTricksIsAUsageError() {
    SubcommandRun run =
        new ProfileFixture(home).run(ShowCommand::new, "../../etc/passwd");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("cannot be a profile name").contains("/");
  }

  @Test
  void aDamagedProfileIsADataErrorThatNamesTheFileAndItsBackupAndLeavesItAlone() {
    ProfileFixture fixture = new ProfileFixture(home);
    Path broken = fixture.corrupt("job");
    byte[] before = ProfileFixture.bytes(broken);
    SubcommandRun run = fixture.run(ShowCommand::new, "job");
    assertThat(run.exitCode()).isEqualTo(ExitCode.DATA);
    assertThat(run.err())
        .contains(broken + ":1:")
        .contains("not valid JSON")
        .contains(".backups")
        .contains("crossroads import");
    assertThat(ProfileFixture.bytes(broken)).isEqualTo(before);
  }

  @Test
  void aProfileFromANewerVersionIsRefusedWithAClearMessage() {
    ProfileFixture fixture = new ProfileFixture(home);
    Path future = fixture.fromTheFuture("future");
    byte[] before = ProfileFixture.bytes(future);
    SubcommandRun run = fixture.run(ShowCommand::new, "future");
    assertThat(run.exitCode()).isEqualTo(ExitCode.DATA);
    assertThat(run.err()).contains("newer crossroads", "format 9", "reads up to 1");
    assertThat(ProfileFixture.bytes(future)).isEqualTo(before);
  }

  @Test
  void speaksKoreanWhenAskedTo() {
    ProfileFixture fixture = new ProfileFixture(home).inKorean();
    SubcommandRun run = fixture.run(ShowCommand::new, "없는것");
    assertThat(run.err()).contains("\"없는것\"라는 프로필이 없습니다");
  }
}
