package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one writer: a file is replaced whole or not at all, whatever fails on the way, the
 * version it replaces is kept where the caller asks, and no temp file outlives a write.
 */
class AtomicFileTest {
  @TempDir Path dir;

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  /** Keeps the replaced file beside it as NAME~, and records what happened to it. */
  private static final class Beside implements AtomicFile.Keeper {
    final Path target;
    final Path kept;
    final List<String> events = new ArrayList<>();

    Beside(Path target) {
      this.target = target;
      this.kept = target.resolveSibling(target.getFileName() + "~");
    }

    @Override
    public AtomicFile.Kept keep() throws IOException {
      if (Files.isDirectory(target)) {
        Files.createDirectory(kept);
      } else {
        Files.copy(target, kept, StandardCopyOption.REPLACE_EXISTING);
      }
      events.add("kept");
      return new AtomicFile.Kept() {
        @Override
        public void undo(Throwable cause) {
          events.add("undone");
          AtomicFile.deleteQuietly(kept, cause);
        }

        @Override
        public void close() {
          events.add("closed");
        }
      };
    }
  }

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

  @Test
  void aStreamThatFailsHalfwayLeavesTheOldFileWholeAndNoTempFile() throws Exception {
    Path target = Files.writeString(dir.resolve("draft.json"), "the old draft");

    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      out.write("half of the new dra".getBytes(StandardCharsets.UTF_8));
      throw new IOException("the stream broke");
    })).isInstanceOf(IOException.class).hasMessage("the stream broke");

    assertThat(target).hasContent("the old draft");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aStreamThatClosesItselfIsStillWrittenWhole() throws Exception {
    Path target = dir.resolve("answers.yaml");
    AtomicFile.write(target, out -> {
      out.write("a: 1\n".getBytes(StandardCharsets.UTF_8));
      out.close(); // as a JSON or YAML generator closes the stream it was given
    });
    assertThat(target).hasContent("a: 1");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aFolderThatWentReadOnlyLeavesTheOldFileWholeAndNoTempFile() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root writes read-only folders");
    Path target = Files.writeString(dir.resolve("export.md"), "the old export");
    assumeFalse(!dir.toFile().setWritable(false), "no permissions on this file system");
    try {
      assertThatThrownBy(() -> AtomicFile.write(target, "new".getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(IOException.class);
    } finally {
      dir.toFile().setWritable(true);
    }
    assertThat(target).hasContent("the old export");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void theReplacedVersionIsKeptWhereTheCallerAsks() throws Exception {
    Path target = Files.writeString(dir.resolve("a.json"), "version 1");
    Beside keeper = new Beside(target);

    AtomicFile.write(target, out -> out.write("version 2".getBytes(StandardCharsets.UTF_8)),
        keeper);

    assertThat(target).hasContent("version 2");
    assertThat(keeper.kept).hasContent("version 1");
    assertThat(keeper.events).containsExactly("kept", "closed");
    assertThat(files()).containsExactly(target, keeper.kept);
  }

  @Test
  void aKeeperThatFailsLeavesTheFileAsItWasAndNoTempFile() throws Exception {
    Path target = Files.writeString(dir.resolve("a.json"), "version 1");
    AtomicFile.Keeper failing = () -> {
      throw new IOException("no room for the backup");
    };

    assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write('2'), failing))
        .hasMessage("no room for the backup");

    assertThat(target).hasContent("version 1");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aRenameThatFailsUndoesTheKeptVersionAndLeavesNoTempFile() throws Exception {
    // A folder in the target's place: the new bytes are on disk, the rename over it fails.
    Path target = Files.createDirectory(dir.resolve("a.json"));
    Path inside = Files.writeString(target.resolve("something"), "keeps the folder non-empty");
    Beside keeper = new Beside(target);

    assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write('2'), keeper))
        .isInstanceOf(IOException.class);

    assertThat(keeper.events).containsExactly("kept", "undone", "closed");
    assertThat(keeper.kept).doesNotExist();
    assertThat(inside).hasContent("keeps the folder non-empty");
    assertThat(files()).containsExactly(target);
  }
}
