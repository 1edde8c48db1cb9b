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
    keeper(name, current).keep().close();
  }

  /**
   * What keeps a profile's version as its newest backup when {@link AtomicFile} replaces it: the
   * backup is staged and put first, and undone should the profile's own rename fail.
   */
  public AtomicFile.Keeper keeper(ProfileName name, byte[] current) {
    return () -> {
      Staged staged = stage(name, current);
      try {
        staged.commit();
        return staged;
      } catch (IOException | RuntimeException e) {
        staged.close();
        throw e;
      }
    };
  }

  /**
   * Writes {@code current}'s bytes to a temp file in the backup folder and forces them to disk,
   * changing no backup yet: a write the disk refuses fails here with every backup as it was.
   * {@link Staged#commit} then puts it first with renames only.
   */
  public Staged stage(ProfileName name, byte[] current) throws IOException {
    adopt(name);
    Path dir = paths.backups(name);
    Files.createDirectories(dir);
    for (int i = 1; i <= kept; i++) {
      AtomicFile.removeLeftovers(slot(dir, i)); // a killed save's temp or set-aside oldest
    }
    return new Staged(dir, AtomicFile.prepare(slot(dir, 1), out -> out.write(current)));
  }

  /**
   * A backup written but not yet in place. Closing it without {@link #commit} removes it; closing
   * it after a commit that was not {@linkplain #undo undone} drops the oldest backup for good.
   */
  public final class Staged implements AtomicFile.Kept {
    private final Path dir;
    private final Path temp;
    /** Where the oldest backup waits until the save is done, so an undo can bring it back. */
    private final Path setAside;
    private final List<Integer> shifted = new ArrayList<>();
    private boolean oldestSetAside;
    private boolean committed;

    private Staged(Path dir, Path temp) {
      this.dir = dir;
      this.temp = temp;
      Path oldest = slot(dir, kept);
      this.setAside = dir.resolve("." + oldest.getFileName() + ".dropped.tmp");
    }

    /**
     * Shifts the backups up by one ({@code 1.json} → {@code 2.json} …), setting the oldest aside,
     * and renames the staged bytes to {@code 1.json}. Each rename is atomic; a crash between two
     * only leaves a gap in the numbering. When a rename fails, the ones done are undone.
     */
    public void commit() throws IOException {
      try {
        if (Files.exists(slot(dir, kept))) {
          AtomicFile.move(slot(dir, kept), setAside);
          oldestSetAside = true;
        }
        for (int i = kept - 1; i >= 1; i--) {
          if (Files.exists(slot(dir, i))) {
            AtomicFile.move(slot(dir, i), slot(dir, i + 1));
            shifted.add(i);
          }
        }
        AtomicFile.move(temp, slot(dir, 1));
        committed = true;
      } catch (IOException | RuntimeException e) {
        unshift(e);
        throw e;
      }
      AtomicFile.syncDirectory(dir);
    }

    /** After a commit: the backups as they were before it, for a save that failed after all. */
    @Override
    public void undo(Throwable cause) {
      if (!committed) {
        return;
      }
      // 1.json holds the version the failed save left in place; the profile still has it.
      AtomicFile.deleteQuietly(slot(dir, 1), cause);
      committed = false;
      unshift(cause);
    }

    private void unshift(Throwable cause) {
      try {
        for (int k = shifted.size() - 1; k >= 0; k--) {
          int i = shifted.get(k);
          AtomicFile.move(slot(dir, i + 1), slot(dir, i));
        }
        shifted.clear();
        if (oldestSetAside) {
          AtomicFile.move(setAside, slot(dir, kept));
          oldestSetAside = false;
        }
      } catch (IOException | RuntimeException e) {
        cause.addSuppressed(e);
      }
      AtomicFile.syncDirectory(dir);
    }

    /** Never fails: a file it cannot remove is a leftover the next save removes. */
    @Override
    public void close() {
      try {
        Files.deleteIfExists(temp);
        if (committed && oldestSetAside) {
          Files.deleteIfExists(setAside);
        }
      } catch (IOException | RuntimeException e) {
        // left for stage() to remove next time
      }
    }
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
