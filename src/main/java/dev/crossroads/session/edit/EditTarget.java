package dev.crossroads.session.edit;

import dev.crossroads.Present;
import dev.crossroads.session.state.EditOrigin;

import dev.crossroads.store.Profile;

/** A saved profile opened for editing: where it came from, and the profile as it was then. */
public record EditTarget(EditOrigin origin, Profile profile) {
  public EditTarget {
    Present.all("origin", origin, "profile", profile);
  }
}
