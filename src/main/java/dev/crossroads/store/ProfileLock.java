package dev.crossroads.store;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.input.IoReason;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive, non-blocking lock on one profile, held while it is written, renamed or deleted,
 * so two crossroads processes never clobber each other. The operating system releases it when the
 * process dies, so a crash never leaves a profile locked. Lock files are left in place: deleting
 * one while another process has it open would let two processes "hold" the same lock.
 */
public final class ProfileLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private ProfileLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock or fails at once.
   *
   * @throws Problem with {@link Problem.Kind#BUSY} when another process (or another part of this
   *     one) holds it
   */
  public static ProfileLock acquire(Path lockFile, ProfileName name) {
    FileChannel channel;
    try {
      Files.createDirectories(lockFile.getParent());
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw lockError(lockFile, e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      closeQuietly(channel);
      throw lockError(lockFile, e);
    }
    if (lock == null) {
      closeQuietly(channel);
      throw new Problem(Problem.Kind.BUSY, Message.of("profiles.locked", name.value()));
    }
    return new ProfileLock(channel, lock);
  }

  private static Problem lockError(Path lockFile, IOException e) {
    return new Problem(
        Problem.Kind.IO, Message.of("profiles.lockError", lockFile, IoReason.of(e)), e);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // The channel was only opened to try the lock; nothing was written through it.
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the channel below releases the lock as well.
    }
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing left to undo: the lock goes with the channel or with the process.
    }
  }
}
