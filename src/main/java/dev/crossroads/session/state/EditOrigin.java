package dev.crossroads.session.state;

import dev.crossroads.Present;

/**
 * The saved profile a session edits: its name, a fingerprint of the version the edit started
 * from (so that saving over it can tell whether another command changed it in the meantime), and
 * that version itself as the store wrote it, so a resumed edit works from what it started with
 * even when the profile has been changed, renamed or deleted since.
 */
public record EditOrigin(String name, String fingerprint, String snapshot) {
  public EditOrigin {
    Present.all("name", name, "fingerprint", fingerprint, "snapshot", snapshot);
  }
}
