package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
  @TempDir Path dir;

  private final ProfileName name = ProfileName.of("job");

  @Test
  void theNewestBackupComesFirstAndOnlyTheLastFewAreKept() throws Exception {
    Backups backups = new Backups(new ProfilePaths(dir), 3);
    for (int version = 1; version <= 5; version++) {
      backups.keep(name, ("v" + version).getBytes());
    }
    assertThat(backups.list(name)).extracting(Files::readString).containsExactly("v5", "v4", "v3");
  }

  @Test
  void renamingMovesTheBackupsAndReplacesStaleOnesOfTheNewName() throws Exception {
    Backups backups = new Backups(new ProfilePaths(dir), 3);
    ProfileName other = ProfileName.of("other");
    backups.keep(name, "mine".getBytes());
    backups.keep(other, "stale".getBytes());
    backups.rename(name, other);
    assertThat(backups.list(name)).isEmpty();
    assertThat(backups.list(other)).extracting(Files::readString).containsExactly("mine");
  }

  @Test
  void deletingAllLeavesNoFolderBehind() throws Exception {
    ProfilePaths paths = new ProfilePaths(dir);
    Backups backups = new Backups(paths, 2);
    backups.keep(name, "a".getBytes());
    backups.keep(name, "b".getBytes());
    backups.deleteAll(name);
    assertThat(paths.backups(name)).doesNotExist();
  }

  @Test
  void aStagedBackupChangesNoBackupUntilCommittedAndAnUndoPutsEveryOneBack() throws Exception {
    ProfilePaths paths = new ProfilePaths(dir);
    Backups backups = new Backups(paths, 3);
    for (int version = 1; version <= 3; version++) {
      backups.keep(name, ("v" + version).getBytes());
    }
    try (Backups.Staged staged = backups.stage(name, "v4".getBytes())) {
      assertThat(backups.list(name)).extracting(Files::readString).containsExactly("v3", "v2", "v1");
    }
    try (Backups.Staged staged = backups.stage(name, "v4".getBytes())) {
      staged.commit();
      assertThat(backups.list(name)).extracting(Files::readString).containsExactly("v4", "v3", "v2");
      staged.undo(new java.io.IOException("the profile could not be replaced"));
    }
    assertThat(backups.list(name)).extracting(Files::readString).containsExactly("v3", "v2", "v1");
    try (Stream<Path> files = Files.list(paths.backups(name))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("no temp or set-aside file is left")
          .containsExactlyInAnyOrder("1.json", "2.json", "3.json");
    }
  }
}
