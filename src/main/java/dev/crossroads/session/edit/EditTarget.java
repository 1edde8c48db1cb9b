package dev.crossroads.session.edit;

import dev.crossroads.session.state.EditOrigin;

import dev.crossroads.store.Profile;
import java.util.Objects;

/** A saved profile opened for editing: where it came from, and the profile as it was then. */
public record EditTarget(EditOrigin origin, Profile profile) {
  public EditTarget {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(profile, "profile");
  }
}
