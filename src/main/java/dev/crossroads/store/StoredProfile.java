package dev.crossroads.store;

import dev.crossroads.Present;
import dev.crossroads.decision.Decision;
import java.nio.file.Path;
import java.time.Instant;

/** A profile as read from the store: its name, the decision, its file, and when it last changed. */
public record StoredProfile(
    ProfileName name, Profile profile, Path file, Instant lastChange) {
  public StoredProfile {
    Present.all("name", name, "profile", profile, "file", file, "lastChange", lastChange);
  }

  public StoredProfile(ProfileName name, Decision decision, Path file, Instant lastChange) {
    this(name, Profile.of(decision), file, lastChange);
  }

  /** The decision to analyse, with any money plan's figures applied. */
  public Decision decision() {
    return profile.resolved();
  }
}
