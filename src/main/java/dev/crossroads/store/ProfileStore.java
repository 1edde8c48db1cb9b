package dev.crossroads.store;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.decision.Decision;
import dev.crossroads.input.BoundedFile;
import dev.crossroads.input.InputKind;
import dev.crossroads.input.IoReason;
import dev.crossroads.input.StrictUtf8;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The profiles on disk. Every change takes the profile's lock, keeps the previous version as a
 * backup and replaces files atomically; reads never change anything, so a damaged file stays
 * exactly as it was for the person (or a backup) to recover.
 *
 * <p>Profiles are found by the name people gave them, which is kept inside the file; file names
 * are ASCII ({@link FileStem}). A profile an older crossroads saved in a file named after it is
 * read where it is and moved to its own file by its next change ({@link ProfileFiles}).
 */
public final class ProfileStore {
  public static final int DEFAULT_BACKUPS = 5;

  private final ProfilePaths paths;
  private final ProfileCodec codec;
  private final ProfileDecoder decoder;
  private final Backups backups;
  private final ProfileFiles files;

  /** The profiles under {@code paths}, in the standard format. */
  public static ProfileStore open(ProfilePaths paths) {
    return new ProfileStore(paths, ProfileCodec.standard());
  }

  public ProfileStore(ProfilePaths paths, ProfileCodec codec) {
    this(paths, codec, SchemaMigration.standard(), DEFAULT_BACKUPS);
  }

  public ProfileStore(
      ProfilePaths paths, ProfileCodec codec, SchemaMigration migration, int backupsKept) {
    this.paths = paths;
    this.codec = codec;
    this.decoder = new ProfileDecoder(codec, migration);
    this.backups = new Backups(paths, backupsKept);
    this.files = new ProfileFiles(paths);
  }

  public ProfilePaths paths() {
    return paths;
  }

  public ProfileCodec codec() {
    return codec;
  }

  /** Every profile, sorted by name; unreadable ones are listed with the reason. */
  public List<ProfileEntry> list() {
    List<ProfileEntry> entries = new ArrayList<>();
    for (Map.Entry<ProfileName, Path> profile : all().entrySet()) {
      ProfileName name = profile.getKey();
      Path file = profile.getValue();
      try {
        entries.add(new ProfileEntry.Readable(load(name, file)));
      } catch (Problem f) {
        if (f.kind() == Problem.Kind.MISSING) {
          continue; // deleted while we were listing
        }
        entries.add(new ProfileEntry.Unreadable(name, lastChange(file), f.userMessage()));
      }
    }
    return entries;
  }

  public boolean exists(ProfileName name) {
    return find(name).isPresent();
  }

  /**
   * @throws Problem {@link Problem.Kind#MISSING} when there is no such profile, {@link
   *     Problem.Kind#BAD_DATA} when it cannot be read (the message names a backup, if there is one)
   */
  public StoredProfile load(ProfileName name) {
    Path file =
        find(name)
            .orElseThrow(
                () -> new Problem(Problem.Kind.MISSING, Message.of("profiles.notFound", name.value())));
    return load(name, file);
  }

  private StoredProfile load(ProfileName name, Path file) {
    byte[] bytes;
    Instant changed;
    try {
      changed = Files.getLastModifiedTime(file).toInstant();
      bytes = BoundedFile.read(file, InputKind.PROFILE);
    } catch (NoSuchFileException e) {
      throw new Problem(Problem.Kind.MISSING, Message.of("profiles.notFound", name.value()), e);
    } catch (IOException e) {
      throw ioFailure("profiles.readError", file, e);
    }
    try {
      return new StoredProfile(name, decoder.decodeProfile(bytes, file.toString()), file, changed);
    } catch (Problem f) {
      throw withBackupHint(name, f);
    }
  }

  /**
   * Reads a profile file from anywhere (for import), migrating an older format.
   *
   * @throws Problem {@link Problem.Kind#MISSING} when the file is missing, {@link Problem.Kind#BAD_DATA}
   *     with the reader's message when it is not a valid profile
   */
  public Decision readFile(Path file) {
    return readProfileFile(file).resolved();
  }

  /** Reads a whole profile file from anywhere, money plan included (for import). */
  public Profile readProfileFile(Path file) {
    byte[] bytes;
    try {
      bytes = BoundedFile.read(file, InputKind.PROFILE);
    } catch (NoSuchFileException e) {
      throw new Problem(Problem.Kind.MISSING, Message.of("profiles.fileNotFound", file.toString()), e);
    } catch (IOException e) {
      if (Files.isDirectory(file)) {
        throw new Problem(
            Problem.Kind.MISSING, Message.of("profiles.fileNotFound", file.toString()), e);
      }
      throw ioFailure("profiles.readError", file, e);
    }
    return decoder.decodeProfile(bytes, file.toString());
  }

  /**
   * Writes a profile atomically, keeping any previous version as the newest backup.
   *
   * @throws Problem {@link Problem.Kind#CANNOT_CREATE} when {@code mode} is CREATE and the name is
   *     taken, {@link Problem.Kind#BUSY} when another process holds the profile
   */
  public void save(ProfileName name, Decision decision, SaveMode mode) {
    save(name, decision, mode, Optional.empty());
  }

  /** Writes a whole profile, money plan included (import, and callers that change the plan). */
  public void save(ProfileName name, Profile profile, SaveMode mode) {
    save(name, profile.decision(), mode, Optional.of(profile));
  }

  /**
   * A decision saved over an existing profile keeps that profile's money plan: commands that
   * change weights, ratings or scenarios must not drop figures the person entered elsewhere.
   */
  private void save(ProfileName name, Decision decision, SaveMode mode, Optional<Profile> whole) {
    Path target = paths.profile(name);
    ensureDirectory();
    try (ProfileLock lock = ProfileLock.acquire(paths.lock(name), name)) {
      refuseIfTaken(name, target);
      AtomicFile.removeLeftovers(target);
      List<Path> current = files.allOf(name);
      Optional<byte[]> previous = current.isEmpty() ? Optional.empty() : readIfPresent(current.get(0));
      if (previous.isPresent() && mode == SaveMode.CREATE) {
        throw new Problem(Problem.Kind.CANNOT_CREATE, Message.of("profiles.exists", name.value()));
      }
      // The plan to keep is read under the lock, so no other save can slip in between.
      Profile profile =
          whole.orElseGet(
              () ->
                  new Profile(
                      decision, previous.flatMap(b -> decodeQuietly(b, target)).flatMap(Profile::money)));
      write(name, target, profile, previous);
      retire(target, current);
    } catch (IOException e) {
      throw ioFailure("profiles.writeError", target, e);
    }
  }

  /**
   * Reads, changes and writes a profile while holding its lock, so a change made by another
   * process in between is never overwritten. {@code change} may throw a {@link Problem}; then
   * nothing is written.
   *
   * @throws Problem {@link Problem.Kind#MISSING} when there is no such profile, {@link
   *     Problem.Kind#BAD_DATA} when it cannot be read, {@link Problem.Kind#BUSY} when it is locked
   */
  public void update(ProfileName name, UnaryOperator<Decision> change) {
    change(name, current -> new Profile(change.apply(current.decision()), current.money()));
  }

  /**
   * Like {@link #update}, for the whole profile, money plan included: {@code change} gets the
   * profile as it is on disk under the lock and returns what to write.
   */
  public void change(ProfileName name, UnaryOperator<Profile> change) {
    Path target = paths.profile(name);
    ensureDirectory();
    try (ProfileLock lock = ProfileLock.acquire(paths.lock(name), name)) {
      refuseIfTaken(name, target);
      AtomicFile.removeLeftovers(target);
      List<Path> found = files.allOf(name);
      Optional<byte[]> read = found.isEmpty() ? Optional.empty() : readIfPresent(found.get(0));
      byte[] previous =
          read.orElseThrow(
              () -> new Problem(Problem.Kind.MISSING, Message.of("profiles.notFound", name.value())));
      Profile current;
      try {
        current = decoder.decodeProfile(previous, found.get(0).toString());
      } catch (Problem f) {
        throw withBackupHint(name, f);
      }
      write(name, target, change.apply(current), Optional.of(previous));
      retire(target, found);
    } catch (IOException e) {
      throw ioFailure("profiles.writeError", target, e);
    }
  }

  /** Writes under a lock the caller holds, keeping the previous version as a backup. */
  private void write(ProfileName name, Path target, Profile profile, Optional<byte[]> previous)
      throws IOException {
    String json = codec.toJson(profile, name.value());
    // Never replace a good file with one this build could not read back.
    codec.parse(json, target.toString());
    // Both new files are written and on disk before any backup moves: a save the disk refuses
    // (full, file too large, not allowed) fails here with the profile and every backup as they were.
    Path next = AtomicFile.prepare(target, json.getBytes(StandardCharsets.UTF_8));
    try {
      if (previous.isEmpty()) {
        AtomicFile.commit(next, target);
        return;
      }
      try (Backups.Staged backup = backups.stage(name, previous.get())) {
        backup.commit();
        try {
          AtomicFile.commit(next, target);
        } catch (IOException | RuntimeException e) {
          backup.undo(e);
          throw e;
        }
      }
    } catch (IOException | RuntimeException e) {
      AtomicFile.deleteQuietly(next, e);
      throw e;
    }
  }

  /**
   * Removes the files that held the profile before {@code target} did: a file an older crossroads
   * named after the profile, once its content is safely in {@code target}.
   */
  private static void retire(Path target, List<Path> held) throws IOException {
    boolean removed = false;
    for (Path file : held) {
      if (!file.equals(target)) {
        removed |= Files.deleteIfExists(file);
      }
    }
    if (removed) {
      AtomicFile.syncDirectory(target.getParent());
    }
  }

  /**
   * Refuses to write {@code name} into a file that holds another profile: two names whose file
   * names come out the same (a hash collision, or a plain name typed to match another's file).
   */
  private void refuseIfTaken(ProfileName name, Path target) {
    if (Files.isRegularFile(target)) {
      Optional<ProfileName> holder = files.holder(target);
      if (holder.isPresent() && !holder.get().equals(name)) {
        throw new Problem(
            Problem.Kind.CANNOT_CREATE,
            Message.of(
                "profiles.fileTaken",
                name.value(),
                target.getFileName().toString(),
                holder.get().value()));
      }
    }
  }

  private Optional<Profile> decodeQuietly(byte[] bytes, Path file) {
    try {
      return Optional.of(decoder.decodeProfile(bytes, file.toString()));
    } catch (RuntimeException e) {
      // An unreadable old version has no plan to keep; the save itself reports real problems.
      return Optional.empty();
    }
  }

  /**
   * Renames a profile and its backups; refuses when the new name is taken. The file is written
   * again with the new name inside and nothing else changed, an older format included.
   *
   * @throws Problem {@link Problem.Kind#BAD_DATA} when the profile is not readable JSON, so its name
   *     cannot be changed inside it
   */
  public void rename(ProfileName from, ProfileName to) {
    if (from.equals(to)) {
      throw new Problem(Problem.Kind.CANNOT_CREATE, Message.of("profiles.exists", to.value()));
    }
    // A fixed order, so two renames in opposite directions cannot each hold one lock forever.
    ProfileName first = from.compareTo(to) < 0 ? from : to;
    ProfileName second = first == from ? to : from;
    Path target = paths.profile(to);
    try (ProfileLock a = ProfileLock.acquire(paths.lock(first), first);
        ProfileLock b = ProfileLock.acquire(paths.lock(second), second)) {
      List<Path> sources = files.allOf(from);
      if (sources.isEmpty()) {
        throw new Problem(Problem.Kind.MISSING, Message.of("profiles.notFound", from.value()));
      }
      if (files.find(to).isPresent()) {
        throw new Problem(Problem.Kind.CANNOT_CREATE, Message.of("profiles.exists", to.value()));
      }
      refuseIfTaken(to, target);
      Path source = sources.get(0);
      byte[] bytes = BoundedFile.read(source, InputKind.PROFILE);
      byte[] renamed = renamedBytes(from, source, bytes, to);
      AtomicFile.removeLeftovers(target);
      // The new file first: a crash before the old one goes leaves the profile under both names.
      AtomicFile.write(target, renamed);
      backups.rename(from, to);
      retire(target, sources);
    } catch (IOException e) {
      throw ioFailure("profiles.writeError", target, e);
    }
  }

  private byte[] renamedBytes(ProfileName from, Path source, byte[] bytes, ProfileName to) {
    Optional<byte[]> renamed = Optional.empty();
    try {
      renamed = NameField.renamed(StrictUtf8.decode(bytes), to.value());
    } catch (CharacterCodingException e) {
      // not UTF-8: the decoder below says so in its own words
    }
    if (renamed.isPresent()) {
      return renamed.get();
    }
    try {
      decoder.decodeProfile(bytes, source.toString());
    } catch (Problem f) {
      throw withBackupHint(from, f);
    }
    // Readable by the codec yet not a JSON object: only a test codec could write that.
    throw new Problem(
        Problem.Kind.BAD_DATA, Message.of("profiles.readError", source.toString(), "not a JSON object"));
  }

  /** Deletes a profile and its backups. */
  public void delete(ProfileName name) {
    try (ProfileLock lock = ProfileLock.acquire(paths.lock(name), name)) {
      List<Path> held = files.allOf(name);
      if (held.isEmpty()) {
        throw new Problem(Problem.Kind.MISSING, Message.of("profiles.notFound", name.value()));
      }
      for (Path file : held) {
        Files.deleteIfExists(file);
      }
      AtomicFile.removeLeftovers(paths.profile(name));
      AtomicFile.syncDirectory(paths.profilesDir());
      backups.deleteAll(name);
    } catch (IOException e) {
      throw ioFailure("profiles.deleteError", paths.profile(name), e);
    }
  }

  /** This profile's backups, newest first. */
  public List<Path> backups(ProfileName name) {
    return backups.list(name);
  }

  private Optional<Path> find(ProfileName name) {
    try {
      return files.find(name);
    } catch (IOException e) {
      throw ioFailure("profiles.readError", paths.profilesDir(), e);
    }
  }

  private Map<ProfileName, Path> all() {
    try {
      return files.all();
    } catch (IOException e) {
      throw ioFailure("profiles.readError", paths.profilesDir(), e);
    }
  }

  private Problem withBackupHint(ProfileName name, Problem f) {
    if (f.kind() != Problem.Kind.BAD_DATA
        || f.userMessage().key().equals("profiles.newerSchema")) {
      return f;
    }
    List<Path> kept = backups.list(name);
    if (kept.isEmpty()) {
      return f;
    }
    return new Problem(
        f.kind(),
        Message.of("profiles.damaged", f.userMessage(), kept.get(0).toString(), name.value()),
        f);
  }

  private void ensureDirectory() {
    Path dir = paths.profilesDir();
    if (Files.isDirectory(dir)) {
      return;
    }
    try {
      if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        // Career decisions are private: only the owner may list or read them.
        Files.createDirectories(
            dir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(dir);
      }
    } catch (IOException e) {
      throw ioFailure("profiles.writeError", dir, e);
    }
  }

  private static Optional<byte[]> readIfPresent(Path file) throws IOException {
    try {
      return Optional.of(BoundedFile.read(file, InputKind.PROFILE));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  private static Instant lastChange(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }

  private static Problem ioFailure(String key, Path file, IOException e) {
    return new Problem(Problem.Kind.IO, Message.of(key, file.toString(), IoReason.of(e)), e);
  }
}
