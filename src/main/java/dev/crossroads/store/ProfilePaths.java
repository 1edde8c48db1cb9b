package dev.crossroads.store;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where profiles live. {@code --home DIR} wins, then {@code CROSSROADS_HOME}, then
 * {@code $XDG_DATA_HOME/crossroads}, then {@code ~/.local/share/crossroads}; profiles are in its
 * {@code profiles} folder. Locks and backups sit in dot-folders beside them, out of the listing.
 */
public record ProfilePaths(Path profilesDir) {
  public static final String EXTENSION = ".json";

  public ProfilePaths {
    Objects.requireNonNull(profilesDir, "profilesDir");
    profilesDir = profilesDir.toAbsolutePath().normalize();
  }

  /**
   * @param homeOption the {@code --home} option, if given
   * @param env the process environment (passed in so tests control it)
   * @param userHome the user's home directory ({@code user.home})
   */
  public static ProfilePaths resolve(
      Optional<Path> homeOption, Map<String, String> env, Path userHome) {
    Path home =
        homeOption
            .or(() -> nonEmpty(env.get("CROSSROADS_HOME")).map(ProfilePaths::folder))
            .or(
                () ->
                    nonEmpty(env.get("XDG_DATA_HOME"))
                        .map(ProfilePaths::folder)
                        // The XDG spec says relative values are invalid and must be ignored.
                        .filter(Path::isAbsolute)
                        .map(p -> p.resolve("crossroads")))
            .orElseGet(() -> userHome.resolve(".local").resolve("share").resolve("crossroads"));
    return new ProfilePaths(home.resolve("profiles"));
  }

  /**
   * The file {@code name} is saved in: ASCII whatever the name ({@link FileStem}), so it can be
   * made under any locale and fits any file system. A profile saved by an older crossroads may
   * still be in a file named after it; {@link ProfileStore} finds it there too.
   */
  public Path profile(ProfileName name) {
    return profilesDir.resolve(FileStem.of(name) + EXTENSION);
  }

  public Path lock(ProfileName name) {
    return profilesDir.resolve(".locks").resolve(FileStem.of(name) + ".lock");
  }

  /** The folder holding this profile's previous versions, {@code 1.json} the newest. */
  public Path backups(ProfileName name) {
    return backupsDir().resolve(FileStem.of(name));
  }

  /** The folder holding every profile's backup folder. */
  public Path backupsDir() {
    return profilesDir.resolve(".backups");
  }

  /**
   * A folder named in the environment. Under a locale without UTF-8 Java cannot make a path of a
   * Korean folder name (it reads the variable as replacement characters), so that is said plainly
   * instead of failing inside Java.
   */
  private static Path folder(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new Problem(Problem.Kind.USAGE, Message.of("profiles.badFolder", value), e);
    }
  }

  private static Optional<String> nonEmpty(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}
