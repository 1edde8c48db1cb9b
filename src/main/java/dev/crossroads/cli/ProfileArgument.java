package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.store.Profile;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A PROFILE argument, as {@code analyze}, {@code money} and {@code compare --with} take it: a
 * profile file, or the name of a saved profile. A path with a slash or a {@code .json} ending is
 * always a file; a bare word is the file of that name when one exists here, else the saved
 * profile. Both are read by the store, so an older format is migrated the same way as for
 * {@code import}, {@code show} and {@code edit}.
 *
 * @param shown what tables and messages call it: the file's name, or the profile's
 * @param profile the profile as written (money plan included)
 */
record ProfileArgument(String shown, Profile profile) {

  /**
   * @throws Problem {@link Problem.Kind#MISSING} in one line when there is neither such a file nor
   *     such a saved profile; {@link Problem.Kind#USAGE} for a bare word no profile could be named
   *     (.hidden); the store's own failures for a file or profile it cannot read
   */
  static ProfileArgument load(ProfileStore store, String argument) {
    Optional<Path> file = path(argument);
    boolean looksLikePath =
        argument.contains("/") || argument.contains("\\") || argument.endsWith(".json");
    if (file.isPresent() && (looksLikePath || Files.exists(file.get()))) {
      Path f = file.get();
      return new ProfileArgument(String.valueOf(f.getFileName()), store.readProfileFile(f));
    }
    if (!looksLikePath) {
      // A name no profile could have (.hidden) is refused with the reason, as everywhere.
      ProfileName name = ProfileName.of(argument);
      if (store.exists(name)) {
        return new ProfileArgument(argument, store.load(name).profile());
      }
    }
    throw new Problem(Problem.Kind.MISSING, Message.of("cli.noProfile", argument));
  }

  private static Optional<Path> path(String argument) {
    try {
      return argument.isBlank() ? Optional.empty() : Optional.of(Path.of(argument));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
