package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void writeReplacesTheWholeFileAndLeavesNoTempFileBehind() throws Exception {
    Path target = dir.resolve("a.json");
    Files.writeString(target, "old and rather longer content");
    AtomicFile.write(target, "new".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(target)).isEqualTo("new");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void newFilesAreReadableByTheirOwnerOnly() throws Exception {
    Path target = dir.resolve("private.json");
    AtomicFile.write(target, new byte[] {1});
    if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void leftoversOfAKilledWriterAreRemovedButOtherFilesAreNot() throws Exception {
    Path target = dir.resolve("a.json");
    Path leftover = dir.resolve(".a.json.12345.tmp");
    Path otherLeftover = dir.resolve(".b.json.12345.tmp");
    Files.writeString(leftover, "half");
    Files.writeString(otherLeftover, "half");
    Files.writeString(target, "keep");
    AtomicFile.removeLeftovers(target);
    assertThat(leftover).doesNotExist();
    assertThat(otherLeftover).exists();
    assertThat(target).hasContent("keep");
  }

  @Test
  void leftoverCleanupTreatsGlobCharactersInNamesLiterally() throws Exception {
    Path target = dir.resolve("a*.json");
    Path innocent = dir.resolve(".ab.json.1.tmp");
    Files.writeString(innocent, "not mine");
    AtomicFile.removeLeftovers(target);
    assertThat(innocent).exists();
  }
}
