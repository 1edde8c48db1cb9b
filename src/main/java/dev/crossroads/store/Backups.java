package dev.crossroads.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The last few versions of each profile, in its own folder: {@code 1.json} is the version before
 * the current one, {@code 2.json} the one before that. Callers hold the profile's lock.
 */
public final class Backups {
  private final ProfilePaths paths;
  private final int kept;

  public Backups(ProfilePaths paths, int kept) {
    if (kept < 1) {
      throw new IllegalArgumentException("keep at least one backup, not " + kept);
    }
    this.paths = paths;
    this.kept = kept;
  }

  /** Keeps {@code current}'s bytes as the newest backup, dropping the oldest beyond the limit. */
  public void keep(ProfileName name, byte[] current) throws IOException {
    Path dir = paths.backups(name);
    Files.createDirectories(dir);
    Files.deleteIfExists(slot(dir, kept));
    // Each rename is atomic; a crash between two only leaves a gap in the numbering.
    for (int i = kept - 1; i >= 1; i--) {
      Path from = slot(dir, i);
      if (Files.exists(from)) {
        AtomicFile.move(from, slot(dir, i + 1));
      }
    }
    AtomicFile.removeLeftovers(slot(dir, 1));
    AtomicFile.write(slot(dir, 1), current);
  }

  /** This profile's backups, newest first. */
  public List<Path> list(ProfileName name) {
    Path dir = paths.backups(name);
    List<Path> found = new ArrayList<>();
    for (int i = 1; i <= kept; i++) {
      if (Files.isRegularFile(slot(dir, i))) {
        found.add(slot(dir, i));
      }
    }
    return found;
  }

  /** Moves a profile's backups to its new name, replacing any left from an older profile. */
  public void rename(ProfileName from, ProfileName to) throws IOException {
    Path source = paths.backups(from);
    if (!Files.isDirectory(source)) {
      return;
    }
    deleteAll(to);
    Files.createDirectories(paths.backups(to).getParent());
    AtomicFile.move(source, paths.backups(to));
    AtomicFile.syncDirectory(paths.backups(to).getParent());
  }

  public void deleteAll(ProfileName name) throws IOException {
    Path dir = paths.backups(name);
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static Path slot(Path dir, int number) {
    return dir.resolve(number + ProfilePaths.EXTENSION);
  }
}
