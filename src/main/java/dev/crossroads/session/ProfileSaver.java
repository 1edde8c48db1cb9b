package dev.crossroads.session;

import dev.crossroads.session.edit.EditTarget;
import dev.crossroads.session.state.EditOrigin;

import dev.crossroads.store.Profile;
import java.nio.file.Path;

/**
 * Keeps a finished decision, with its money view when it has one, as a named profile; and opens
 * a saved one for a session that edits it.
 */
public interface ProfileSaver {

  /**
   * Saves {@code profile} under {@code name} and returns where it went.
   *
   * @throws dev.crossroads.Problem when the name is taken or the file cannot be written; the
   *     session shows the message and asks for another name
   */
  Path save(Profile profile, String name);

  /**
   * The saved profile {@code name}, with a fingerprint of the version read.
   *
   * @throws dev.crossroads.Problem when the name is not a valid one, there is no such profile,
   *     or it cannot be read
   */
  EditTarget open(String name);

  /**
   * The profile an edit started from, as its origin recorded it (for a resumed edit).
   *
   * @throws dev.crossroads.Problem when the recorded profile cannot be read
   */
  EditTarget restore(EditOrigin origin);

  /**
   * Saves {@code profile} over the profile the edit started from, keeping the old version as a
   * backup; creates it again when it has been deleted meanwhile.
   *
   * @throws dev.crossroads.Problem when another command changed it since {@code origin}'s
   *     fingerprint was taken (nothing is written), or it is locked or cannot be written
   */
  Path replace(EditOrigin origin, Profile profile);
}
