package dev.crossroads.session;

import java.util.Objects;

/**
 * The saved profile a session edits: its name, and a fingerprint of the version the edit started
 * from, so that saving over it can tell whether another command changed it in the meantime.
 */
public record EditOrigin(String name, String fingerprint) {
  public EditOrigin {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }
}
