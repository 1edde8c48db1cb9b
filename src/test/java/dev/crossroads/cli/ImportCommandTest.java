package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.store.ProfileLock;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileCodec;
import dev.crossroads.store.TestProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  @TempDir Path home;

  private Path profileFile(ProfileFixture fixture, String fileName, String title) {
    return fixture.write("incoming/" + fileName, ProfileCodec.standard().toJson(TestProfiles.decision(title)));
  }

  @Test
  void importsAFileUnderItsOwnName() {
    ProfileFixture fixture = new ProfileFixture(home);
    Path file = profileFile(fixture, "취업.json", "Job hunt");
    SubcommandRun run = fixture.run(ImportCommand::new, file.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("as \"취업\"");
    assertThat(fixture.load("취업")).isEqualTo(TestProfiles.decision("Job hunt"));
  }

  @Test
  void nameChoosesAnotherName() {
    ProfileFixture fixture = new ProfileFixture(home);
    Path file = profileFile(fixture, "x.json", "X");
    SubcommandRun run =
        fixture.run(ImportCommand::new, file.toString(), "--name", "other");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(fixture.load("other").title()).isEqualTo("X");
    assertThat(fixture.exists("x")).isFalse();
  }

  @Test
  void yesReplacesAnExistingProfileKeepingItAsABackup() throws Exception {
    ProfileFixture fixture = new ProfileFixture(home);
    Path old = fixture.save("job", "Old");
    byte[] oldBytes = ProfileFixture.bytes(old);
    Path file = profileFile(fixture, "job.json", "New");
    SubcommandRun run = fixture.run(ImportCommand::new, file.toString(), "--yes");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(fixture.load("job").title()).isEqualTo("New");
    assertThat(Files.readAllBytes(fixture.store().backups(ProfileName.of("job")).get(0)))
        .isEqualTo(oldBytes);
  }

  @Test
  void onATerminalAsksBeforeReplacing() {
    ProfileFixture yes = new ProfileFixture(home).answering(true);
    yes.save("job", "Old");
    Path file = profileFile(yes, "job.json", "New");
    assertThat(yes.run(ImportCommand::new, file.toString()).exitCode()).isZero();
    assertThat(yes.questions).singleElement().asString().contains("\"job\" already exists");
    assertThat(yes.load("job").title()).isEqualTo("New");

    ProfileFixture no = new ProfileFixture(home).answering(false);
    Path older = profileFile(no, "job.json", "Older");
    SubcommandRun declined = no.run(ImportCommand::new, older.toString());
    assertThat(declined.exitCode()).isZero();
    assertThat(declined.out()).contains("nothing was imported");
    assertThat(no.load("job").title()).isEqualTo("New");
  }

  @Test
  void withoutATerminalAnExistingProfileIsNotReplacedWithoutYes() {
    ProfileFixture fixture = new ProfileFixture(home);
    Path existing = fixture.save("job", "Old");
    byte[] before = ProfileFixture.bytes(existing);
    Path file = profileFile(fixture, "job.json", "New");
    SubcommandRun run = fixture.run(ImportCommand::new, file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("already exists", "--yes", "--name");
    assertThat(ProfileFixture.bytes(existing)).isEqualTo(before);
  }

  @Test
  void aFileThatDoesNotValidateIsRefusedWithTheReadersErrorAndTheStoreIsUntouched() {
    ProfileFixture fixture = new ProfileFixture(home);
    Path existing = fixture.save("job", "Old");
    byte[] before = ProfileFixture.bytes(existing);
    Path bad = fixture.write("incoming/job.json", "{\n  \"schemaVersion\": 1,\n  \"title\": 42\n}");
    SubcommandRun run = fixture.run(ImportCommand::new, bad.toString(), "--yes");
    assertThat(run.exitCode()).isEqualTo(ExitCode.DATA);
    assertThat(run.err()).contains(bad + ":1:1").contains("title must be text");
    assertThat(ProfileFixture.bytes(existing)).isEqualTo(before);
    assertThat(fixture.store().backups(ProfileName.of("job"))).isEmpty();
  }

  @Test
  void brokenJsonIsRefusedWithLineAndColumn() {
    ProfileFixture fixture = new ProfileFixture(home);
    Path bad = fixture.write("incoming/new.json", "{\n  \"schemaVersion\": 1,\n  \"title\" \"x\"\n}");
    SubcommandRun run = fixture.run(ImportCommand::new, bad.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.DATA);
    assertThat(run.err()).contains(bad + ":3:");
    assertThat(fixture.exists("new")).isFalse();
  }

  @Test
  void aMissingFileExitsWithNoInput() {
    SubcommandRun run =
        new ProfileFixture(home).run(ImportCommand::new, home.resolve("nope.json").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
    assertThat(run.err()).contains("There is no file at");
  }

  @Test
  void aFileFromANewerVersionIsRefused() {
    ProfileFixture fixture = new ProfileFixture(home);
    Path future = fixture.write("incoming/future.json", "{\"schemaVersion\": 2}");
    SubcommandRun run = fixture.run(ImportCommand::new, future.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.DATA);
    assertThat(run.err()).contains("newer crossroads");
    assertThat(fixture.exists("future")).isFalse();
  }

  @Test
  void aFileInTheOldFormatIsMigratedOnImport() {
    ProfileFixture fixture = new ProfileFixture(home);
    Path old = fixture.write("incoming/old.json", TestProfiles.v0Json("Old"));
    SubcommandRun run = fixture.run(ImportCommand::new, old.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(fixture.load("old")).isEqualTo(TestProfiles.decision("Old"));
  }

  @Test
  void aFileNameThatIsNotAUsableProfileNameNeedsName() {
    ProfileFixture fixture = new ProfileFixture(home);
    Path file = profileFile(fixture, ".hidden.json", "Hidden");
    SubcommandRun run = fixture.run(ImportCommand::new, file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(
            fixture.run(ImportCommand::new, file.toString(), "-n", "visible")
                .exitCode())
        .isZero();
  }

  @Test
  void aProfileInUseElsewhereIsNotReplaced() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("job", "Old");
    Path file = profileFile(fixture, "job.json", "New");
    try (ProfileLock held = fixture.lock("job")) {
      SubcommandRun run =
          fixture.run(ImportCommand::new, file.toString(), "--yes");
      assertThat(run.exitCode()).isEqualTo(ExitCode.TEMPORARY);
      assertThat(run.err()).contains("being changed by another crossroads");
    }
    assertThat(fixture.load("job").title()).isEqualTo("Old");
  }
}
