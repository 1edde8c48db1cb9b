package dev.crossroads.session.files;

import dev.crossroads.session.state.SessionState;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.input.BoundedFile;
import dev.crossroads.input.InputKind;
import dev.crossroads.input.IoReason;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where unfinished sessions are kept: {@code <home>/drafts} with {@code --home} or
 * {@code CROSSROADS_HOME}, else {@code $XDG_STATE_HOME/crossroads/drafts}, else
 * {@code ~/.local/state/crossroads/drafts}. Every write goes to a temporary file in the same
 * folder and is renamed over the draft, so a draft is always whole.
 */
public final class Drafts {
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private final Path dir;

  public Drafts(Path dir) {
    this.dir = dir;
  }

  public static Path directory(Optional<Path> home, Map<String, String> env) {
    if (home.isPresent()) {
      return home.get().resolve("drafts");
    }
    String crossroadsHome = env.getOrDefault("CROSSROADS_HOME", "");
    if (!crossroadsHome.isBlank()) {
      return Path.of(crossroadsHome).resolve("drafts");
    }
    String state = env.getOrDefault("XDG_STATE_HOME", "");
    if (!state.isBlank()) {
      return Path.of(state).resolve("crossroads").resolve("drafts");
    }
    String userHome = env.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(userHome, ".local", "state", "crossroads", "drafts");
  }

  public Path dir() {
    return dir;
  }

  private static final java.util.regex.Pattern STARTED =
      java.util.regex.Pattern.compile("(\\d{8}-\\d{6})(?:-(\\d{1,9}))?\\.json");

  /** What orders a draft's file by when it was started: its time, then its number. */
  private static String order(Path file) {
    String name = file.getFileName().toString();
    java.util.regex.Matcher m = STARTED.matcher(name);
    if (!m.matches()) {
      return name;
    }
    int n = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    return m.group(1) + String.format(java.util.Locale.ROOT, "-%09d", n);
  }

  /** The draft's name as {@code crossroads drafts} lists it and {@code discard} takes it. */
  public static String name(Path draft) {
    String file = draft.getFileName().toString();
    return file.endsWith(".json") ? file.substring(0, file.length() - ".json".length()) : file;
  }

  /** A fresh draft file name (not yet written). */
  public Path fresh(LocalDateTime now) {
    String base = NAME.format(now);
    Path p = dir.resolve(base + ".json");
    for (int n = 2; Files.exists(p); n++) {
      p = dir.resolve(base + "-" + n + ".json");
    }
    return p;
  }

  public void save(Path file, SessionState state) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      // The folder cannot be made (a file in the way, no permission): nothing can be created.
      throw new Problem(Problem.Kind.CANNOT_CREATE,
          Message.of("session.draft.cannotWrite", file, IoReason.of(e)), e);
    }
    try {
      Path tmp = Files.createTempFile(dir, ".draft-", ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(tmp)) {
          DraftCodec.write(state, out);
        }
        try {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      // The folder is there but the disk refused the write (full, a size limit, an I/O error).
      throw new Problem(Problem.Kind.IO, Message.of("session.draft.cannotWrite", file, IoReason.of(e)),
          e);
    }
  }

  public SessionState load(Path file) {
    try {
      // Read within a draft's size, so a huge file is refused before it is read.
      return DraftCodec.read(BoundedFile.read(file, InputKind.DRAFT), file.toString());
    } catch (IOException e) {
      throw new Problem(Problem.Kind.MISSING, Message.of("session.draft.missing", file), e);
    }
  }

  public void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover draft is harmless: resume would offer it again.
    }
  }

  /**
   * The drafts, newest first: by the time in the name, and for drafts started in the same second
   * by their number ({@code 20261125-151032-2} came after {@code 20261125-151032}).
   */
  public List<Path> list() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> out = new ArrayList<>(
          s.filter(p -> p.getFileName().toString().endsWith(".json")).toList());
      out.sort(Comparator.comparing(Drafts::order).reversed());
      return out;
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * The draft called {@code name} in this folder, as {@code crossroads drafts} lists it (the
   * file name, with or without ".json"); never a file elsewhere, so discarding one cannot
   * remove anything but a draft.
   */
  public Optional<Path> named(String name) {
    String file = name.endsWith(".json") ? name : name + ".json";
    if (file.startsWith(".") || file.contains("/") || file.contains("\\")) {
      return Optional.empty();
    }
    Path p = dir.resolve(file);
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /** The draft named {@code id} (its file name with or without ".json"), or the newest. */
  public Optional<Path> find(Optional<String> id) {
    if (id.isEmpty()) {
      return list().stream().findFirst();
    }
    String name = id.get().endsWith(".json") ? id.get() : id.get() + ".json";
    try {
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
      Path given = Path.of(id.get());
      return Files.isRegularFile(given) ? Optional.of(given) : Optional.empty();
    } catch (InvalidPathException e) {
      // Drafts have ASCII names; an id this locale cannot make a path of names none of them.
      return Optional.empty();
    }
  }
}
