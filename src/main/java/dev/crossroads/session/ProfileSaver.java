package dev.crossroads.session;

import dev.crossroads.store.Profile;
import java.nio.file.Path;

/** Keeps a finished decision, with its money view when it has one, as a named profile. */
public interface ProfileSaver {

  /**
   * Saves {@code profile} under {@code name} and returns where it went.
   *
   * @throws dev.crossroads.Failure when the name is taken or the file cannot be written; the
   *     session shows the message and asks for another name
   */
  Path save(Profile profile, String name);
}
