package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.cli.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves that the disk refuses must not cost a single backup. The refusal is real: {@code crossroads
 * import} runs in a child JVM under {@code ulimit -f 4}, so writing more than 4 KiB fails with
 * EFBIG ("File too large") while every older file stays readable. The JVM ignores SIGXFSZ.
 */
class FailedSaveBackupsTest {
  private static final ProfileName NAME = ProfileName.of("job");
  private static final int FAILED_SAVES = 10;

  @TempDir Path home;

  @Test
  void tenSavesTooLargeToWriteLeaveTheProfileAndEveryBackupByteForByteAsTheyWere()
      throws Exception {
    ProfileStore store = TestStores.in(home);
    for (int version = 1; version <= 7; version++) {
      store.save(NAME, TestProfiles.decision("v" + version), SaveMode.REPLACE);
    }
    assertFailedSavesChangeNothing(big("new"));
  }

  @Test
  void tenSavesWhoseBackupCannotBeWrittenLeaveTheProfileAndEveryBackupAsTheyWere()
      throws Exception {
    // The current version is the big one: copying it into a backup is the write that fails.
    ProfileStore store = TestStores.in(home);
    for (int version = 1; version <= 6; version++) {
      store.save(NAME, TestProfiles.decision("v" + version), SaveMode.REPLACE);
    }
    store.save(NAME, TestProfiles.big("current"), SaveMode.REPLACE);
    Path small = home.resolve("small.json");
    Files.writeString(small, TestProfiles.json("small"), StandardCharsets.UTF_8);
    assertFailedSavesChangeNothing(small);
  }

  @Test
  void aSaveThatSucceedsKeepsAtMostFiveBackupsNewestFirst() {
    ProfileStore store = TestStores.in(home);
    for (int version = 1; version <= 8; version++) {
      store.save(NAME, TestProfiles.decision("v" + version), SaveMode.REPLACE);
    }
    assertThat(store.load(NAME).decision().title()).isEqualTo("v8");
    ProfileDecoder decoder = new ProfileDecoder(ProfileCodec.standard(), SchemaMigration.standard());
    List<String> titles = new ArrayList<>();
    for (Path backup : store.backups(NAME)) {
      try {
        titles.add(decoder.decode(Files.readAllBytes(backup), backup.toString()).title());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    assertThat(titles).containsExactly("v7", "v6", "v5", "v4", "v3");
    assertThat(home.resolve("profiles/.backups/job")).isDirectoryNotContaining("glob:**/6.json");
  }

  private void assertFailedSavesChangeNothing(Path importFile) throws Exception {
    Map<String, byte[]> before = snapshot();
    assertThat(before.keySet())
        .as("the profile and five backups to protect")
        .contains("job.json", ".backups/job/1.json", ".backups/job/5.json");
    for (int attempt = 1; attempt <= FAILED_SAVES; attempt++) {
      Run run = importUnderFileSizeLimit(importFile);
      String context = "failed save " + attempt + ": " + run;
      assertThat(run.exitCode).as(context).isEqualTo(74);
      assertThat(run.err.replaceAll("\\s+", " ")) // messages wrap at 80 columns
          .as(context)
          .contains("file too large")
          .contains("previous version is unchanged")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
      Map<String, byte[]> after = snapshot();
      assertThat(after.keySet()).as(context).isEqualTo(before.keySet());
      List<String> changed = new ArrayList<>();
      for (Map.Entry<String, byte[]> file : before.entrySet()) {
        if (!Arrays.equals(after.get(file.getKey()), file.getValue())) {
          changed.add(file.getKey());
        }
      }
      assertThat(changed).as(context + ": files whose bytes changed").isEmpty();
    }
  }

  /** Every file under the profiles folder but the empty lock files, by relative path. */
  private Map<String, byte[]> snapshot() throws Exception {
    Path profiles = home.resolve("profiles");
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(profiles)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative = profiles.relativize(file).toString();
        if (!relative.startsWith(".locks")) {
          files.put(relative, Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  private Path big(String label) throws Exception {
    Path file = home.resolve(label + ".json");
    // Large enough that the profile holding it cannot be written under the file-size limit.
    Files.writeString(
        file, ProfileCodec.standard().toJson(TestProfiles.big(label)), StandardCharsets.UTF_8);
    return file;
  }

  private Run importUnderFileSizeLimit(Path file) throws Exception {
    List<String> java =
        JavaProcess.builder(
                Main.class,
                "import", file.toString(), "--name", NAME.value(), "--yes",
                "--home", home.toString(), "--lang", "en")
            .command();
    // No perf-data file: the limit is for the save, not for the JVM's own bookkeeping.
    List<String> command = new ArrayList<>(java);
    command.add(1, "-XX:-UsePerfData");
    StringBuilder script = new StringBuilder("ulimit -f 4; exec");
    for (String word : command) {
      script.append(" '").append(word.replace("'", "'\\''")).append('\'');
    }
    Path out = home.resolve("out.txt");
    Path err = home.resolve("err.txt");
    Process process =
        new ProcessBuilder("bash", "-c", script.toString())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the import finished").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + ", out: " + out.strip() + ", err: " + err.strip();
    }
  }
}
