package dev.crossroads.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one way crossroads replaces a file (profiles, drafts, answers files, exports), so that a
 * reader, or the file after a crash, sees either the old bytes or the new ones, never a mix:
 * write a temp file in the same folder, force it to disk, rename it over the target, then force
 * the folder so the rename itself survives a power cut. A write that fails at any point leaves
 * the target as it was and no temp file behind. Where the caller wants the replaced version
 * kept (a profile's backups), a {@link Keeper} sets it aside once the new bytes are safely on
 * disk and puts it back should the rename fail.
 */
public final class AtomicFile {
  private static final String TEMP_SUFFIX = ".tmp";
  /** For writes that keep no previous version. */
  public static final Keeper KEEP_NOTHING = () -> new Kept() {
    @Override
    public void undo(Throwable cause) {}

    @Override
    public void close() {}
  };

  /** What goes into the file, written to a stream that the writer flushes and forces to disk. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Keeps the version a write is about to replace, where the caller wants it. */
  @FunctionalInterface
  public interface Keeper {
    /**
     * Sets the previous version aside. Called once the new bytes are on disk and before the
     * rename: a keeper that fails leaves the target untouched.
     */
    Kept keep() throws IOException;
  }

  /** A previous version set aside: closed once the write is done, undone if it failed. */
  public interface Kept extends AutoCloseable {
    /** The rename failed after all: put things back as they were, adding trouble to {@code cause}. */
    void undo(Throwable cause);

    /** Never fails. */
    @Override
    void close();
  }

  private AtomicFile() {}

  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  public static void write(Path target, Content content) throws IOException {
    write(target, content, KEEP_NOTHING);
  }

  /**
   * Replaces {@code target} with what {@code content} writes, {@code keeper} keeping the version
   * it replaces. The folder must exist: where it does not, the caller decides what that means.
   */
  public static void write(Path target, Content content, Keeper keeper) throws IOException {
    Path temp = prepare(target, content);
    try {
      try (Kept kept = keeper.keep()) {
        try {
          move(temp, target);
        } catch (IOException | RuntimeException e) {
          kept.undo(e);
          throw e;
        }
        syncDirectory(target.toAbsolutePath().getParent());
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp, e);
      throw e;
    }
  }

  /**
   * The bytes in a temp file beside {@code target}, forced to disk, with {@code target} not yet
   * touched. A write the disk refuses (full, too large, not allowed) or a content that fails
   * fails here and leaves no temp file behind.
   */
  static Path prepare(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    // createTempFile makes the file readable by its owner only, which suits private profiles.
    Path temp = Files.createTempFile(dir, tempPrefix(target), TEMP_SUFFIX);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel)) {
          // A content that closes its stream (a JSON generator does) must not close the channel
          // before it is forced.
          @Override
          public void close() throws IOException {
            flush();
          }
        };
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp, e);
      throw e;
    }
    return temp;
  }

  /** Deletes {@code file} if it is there, adding any trouble to {@code cause} rather than hiding it. */
  static void deleteQuietly(Path file, Throwable cause) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /** Renames within one folder atomically; {@link #syncDirectory} makes it durable. */
  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Forces a folder's entries to disk; a no-op where the platform cannot open folders. */
  static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a directory as a channel; NTFS journals the rename anyway.
    }
  }

  /**
   * Deletes temp files a killed writer left behind for {@code target}. Call it only while holding
   * the target's lock, or a live writer's temp file could vanish under it.
   */
  static void removeLeftovers(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      return;
    }
    String glob = globEscape(tempPrefix(target)) + "*" + TEMP_SUFFIX;
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, glob)) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    }
  }

  private static String tempPrefix(Path target) {
    // A leading dot keeps temp files out of listings of *.json.
    return "." + target.getFileName() + ".";
  }

  private static String globEscape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("*?[]{}\\".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
