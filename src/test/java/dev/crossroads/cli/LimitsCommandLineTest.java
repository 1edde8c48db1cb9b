package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.store.LargeProfiles;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile limits as the commands meet them: a refusal is one line, exit 65, in plain words,
 * before the file is read, and one oversized profile never hides or hangs the others.
 */
class LimitsCommandLineTest {
  @TempDir Path home;

  @Test
  void analyzeRefusesA52MegabyteProfileInOneLineWithoutReadingIt() throws Exception {
    Path huge = sparse(home.resolve("huge.json"), 52_400_000);
    long before = allocatedBytes();
    CommandRun run = CommandRun.of("analyze", huge.toString());
    long allocated = allocatedBytes() - before;
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.DATA);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(huge + " is 52.4 MB; a profile can be at most 4 MB.\n");
    // The whole command, picocli and all, allocates far less than the file: it is never read.
    assertThat(allocated).as("bytes allocated").isLessThan(40_000_000);
  }

  @Test
  void importRefusesAnOversizedProfileAndSavesNothing() throws Exception {
    Path huge = sparse(home.resolve("incoming.json"), 4_000_001);
    CommandRun run = CommandRun.of("import", huge.toString(), "--home", home.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.DATA);
    assertThat(run.err()).contains("is 4,000,001 bytes; a profile can be at most 4 MB (4,000,000 bytes)");
    assertThat(home.resolve("profiles/incoming.json")).doesNotExist();
  }

  @Test
  void aHundredThousandOptionProfileIsRefusedAtImportNotSaved() throws Exception {
    StringBuilder options = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      options.append(i == 0 ? "" : ",").append("{\"id\":\"o").append(i).append("\",\"label\":\"O\"}");
    }
    Path file = home.resolve("many.json");
    Files.writeString(file, "{\"schemaVersion\":1,\"title\":\"t\",\"options\":[" + options + "]}");
    CommandRun run = CommandRun.of("import", file.toString(), "--home", home.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.DATA);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("options has more than 2,000 entries");
    assertThat(CommandRun.of("profiles", "--home", home.toString()).out()).contains("No profiles yet");
  }

  @Test
  void anOversizedSavedProfileIsListedAsUnreadableAndRefusedByShow() throws Exception {
    Path profiles = Files.createDirectories(home.resolve("profiles"));
    Files.writeString(profiles.resolve("fine.json"), LargeProfiles.json(2, 2));
    sparse(profiles.resolve("big.json"), 5_000_000);
    CommandRun list = CommandRun.of("profiles", "--home", home.toString());
    assertThat(list.exitCode()).as(list.toString()).isZero();
    assertThat(list.out()).contains("fine").contains("big");
    CommandRun show = CommandRun.of("show", "big", "--home", home.toString());
    assertThat(show.exitCode()).as(show.toString()).isEqualTo(ExitCode.DATA);
    assertThat(show.err()).contains("is 5 MB; a profile can be at most 4 MB");
  }

  @Test
  void profilesSaysTheDataFolderIsAFileInsteadOfNoProfilesYet() throws Exception {
    Files.writeString(home.resolve("profiles"), "not a folder");
    CommandRun run = CommandRun.of("profiles", "--home", home.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.IO);
    assertThat(run.out()).doesNotContain("No profiles yet");
    assertThat(run.err()).contains(home.resolve("profiles") + " is not a folder");
  }

  @Test
  void profilesSaysSoWhenTheFolderAboveTheProfilesIsAFile() throws Exception {
    Path data = home.resolve("data");
    Files.writeString(data, "a file where a folder should be");
    CommandRun run = CommandRun.of("profiles", "--home", data.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.IO);
    assertThat(run.err()).contains(data + " is not a folder");
  }

  private static Path sparse(Path file, long size) throws Exception {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
    }
    return file;
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }
}
