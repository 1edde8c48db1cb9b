package dev.crossroads.store;

import dev.crossroads.Present;
import dev.crossroads.Message;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the profile listing. An unreadable profile still gets a line, with the reason,
 * so one damaged file never hides the others.
 */
public sealed interface ProfileEntry {
  ProfileName name();

  Instant lastChange();

  record Readable(StoredProfile profile) implements ProfileEntry {
    public Readable {
      Objects.requireNonNull(profile, "profile");
    }

    @Override
    public ProfileName name() {
      return profile.name();
    }

    @Override
    public Instant lastChange() {
      return profile.lastChange();
    }
  }

  record Unreadable(ProfileName name, Instant lastChange, Message problem)
      implements ProfileEntry {
    public Unreadable {
      Present.all("name", name, "lastChange", lastChange, "problem", problem);
    }
  }

  default Optional<StoredProfile> readable() {
    return this instanceof Readable r ? Optional.of(r.profile()) : Optional.empty();
  }
}
