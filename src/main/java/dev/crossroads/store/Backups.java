package dev.crossroads.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The last few versions of each profile, in its own folder: {@code 1.json} is the version before
 * the current one, {@code 2.json} the one before that. Callers hold the profile's lock.
 *
 * <p>The folder is named like the profile's file ({@link ProfilePaths#backups}); an older
 * crossroads named it after the profile ({@code .backups/대학원}). Such a folder is still read,
 * and moved to the new name by the profile's next change.
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
    adopt(name);
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
    if (!Files.isDirectory(dir)) {
      dir = olderFolders(name).stream().findFirst().orElse(dir);
    }
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
    adopt(from);
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
    List<Path> dirs = new ArrayList<>(olderFolders(name));
    dirs.add(paths.backups(name));
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** Gives the profile's backups from an older crossroads' folder the current folder name. */
  private void adopt(ProfileName name) throws IOException {
    Path dir = paths.backups(name);
    List<Path> older = olderFolders(name);
    if (!Files.isDirectory(dir) && !older.isEmpty()) {
      AtomicFile.move(older.get(0), dir);
      AtomicFile.syncDirectory(dir.getParent());
    }
  }

  /** Backup folders an older crossroads named after the profile, other than its current one. */
  private List<Path> olderFolders(ProfileName name) {
    Path root = paths.backupsDir();
    if (FileStem.isPlain(name.value()) || !Files.isDirectory(root)) {
      return List.of(); // a plain name's folder has always had the same name
    }
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
      for (Path dir : dirs) {
        String dirName = RawFileName.of(dir);
        if (!dir.equals(paths.backups(name))
            && Files.isDirectory(dir)
            && ProfileName.isValid(dirName)
            && ProfileName.of(dirName).equals(name)) {
          found.add(dir);
        }
      }
    } catch (IOException e) {
      return found; // unreadable: as if there were none, like a missing folder
    }
    found.sort(null);
    return found;
  }

  private static Path slot(Path dir, int number) {
    return dir.resolve(number + ProfilePaths.EXTENSION);
  }
}
