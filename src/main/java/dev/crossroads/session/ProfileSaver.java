package dev.crossroads.session;

import dev.crossroads.decision.Decision;
import java.nio.file.Path;

/** Keeps a finished decision as a named profile. */
public interface ProfileSaver {

  /**
   * Saves {@code decision} under {@code name} and returns where it went.
   *
   * @throws dev.crossroads.Failure when the name is taken or the file cannot be written; the
   *     session shows the message and asks for another name
   */
  Path save(Decision decision, String name);
}
