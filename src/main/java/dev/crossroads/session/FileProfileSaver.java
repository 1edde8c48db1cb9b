package dev.crossroads.session;

import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.Message;
import dev.crossroads.decision.Decision;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Saves profiles as {@code <dir>/<name>.json}: {@code <home>/profiles} with {@code --home} or
 * {@code CROSSROADS_HOME}, else {@code $XDG_DATA_HOME/crossroads/profiles}, else
 * {@code ~/.local/share/crossroads/profiles}. Written to a temporary file and renamed; an
 * existing profile is never overwritten.
 */
public final class FileProfileSaver implements ProfileSaver {
  private final Path dir;
  private final Function<Decision, byte[]> encoder;

  public FileProfileSaver(Path dir, Function<Decision, byte[]> encoder) {
    this.dir = dir;
    this.encoder = encoder;
  }

  public static Path directory(Optional<Path> home, Map<String, String> env) {
    if (home.isPresent()) {
      return home.get().resolve("profiles");
    }
    String crossroadsHome = env.getOrDefault("CROSSROADS_HOME", "");
    if (!crossroadsHome.isBlank()) {
      return Path.of(crossroadsHome).resolve("profiles");
    }
    String data = env.getOrDefault("XDG_DATA_HOME", "");
    if (!data.isBlank() && Path.of(data).isAbsolute()) {
      return Path.of(data, "crossroads", "profiles");
    }
    String userHome = env.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(userHome, ".local", "share", "crossroads", "profiles");
  }

  @Override
  public Path save(Decision decision, String name) {
    Path target = dir.resolve(name + ".json");
    if (Files.exists(target)) {
      throw new Failure(ExitCode.CANT_CREATE, Message.of("session.save.exists", name));
    }
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".profile-", ".tmp");
      try {
        Files.write(tmp, encoder.apply(decision));
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (FileAlreadyExistsException e) {
      throw new Failure(ExitCode.CANT_CREATE, Message.of("session.save.exists", name), e);
    } catch (IOException e) {
      throw new Failure(ExitCode.CANT_CREATE, Message.of("session.save.cannotWrite", target), e);
    }
    return target;
  }
}
