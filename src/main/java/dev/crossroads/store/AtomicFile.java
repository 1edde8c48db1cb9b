package dev.crossroads.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a reader, or the file after a crash, sees either the old bytes or the
 * new ones, never a mix: write a temp file in the same folder, force it to disk, rename it over
 * the target, then force the folder so the rename itself survives a power cut.
 */
public final class AtomicFile {
  private static final String TEMP_SUFFIX = ".tmp";

  private AtomicFile() {}

  public static void write(Path target, byte[] bytes) throws IOException {
    Path temp = prepare(target, bytes);
    try {
      commit(temp, target);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp, e);
      throw e;
    }
  }

  /**
   * The first half of {@link #write}: the bytes in a temp file beside {@code target}, forced to
   * disk, with {@code target} not yet touched. A write the disk refuses (full, too large, not
   * allowed) fails here and leaves no temp file behind.
   */
  public static Path prepare(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    // createTempFile makes the file readable by its owner only, which suits private profiles.
    Path temp = Files.createTempFile(dir, tempPrefix(target), TEMP_SUFFIX);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp, e);
      throw e;
    }
    return temp;
  }

  /** The second half of {@link #write}: renames a prepared temp file over {@code target}. */
  public static void commit(Path temp, Path target) throws IOException {
    move(temp, target);
    syncDirectory(target.toAbsolutePath().getParent());
  }

  /** Deletes {@code file} if it is there, adding any trouble to {@code cause} rather than hiding it. */
  static void deleteQuietly(Path file, Throwable cause) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /** Renames within one folder atomically, then makes the rename durable. */
  public static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Forces a folder's entries to disk; a no-op where the platform cannot open folders. */
  public static void syncDirectory(Path dir) {
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
  public static void removeLeftovers(Path target) throws IOException {
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
