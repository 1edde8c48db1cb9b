package dev.crossroads.session;

import dev.crossroads.store.Profile;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import dev.crossroads.store.SaveMode;
import java.nio.file.Path;

/**
 * Saves the finished decision, with its money plan, through the profile store, so a session's profile gets the same
 * name checks, lock, atomic write and backups as every other write. An existing profile is
 * never replaced: the store refuses and the session asks for another name.
 */
final class StoreProfileSaver implements ProfileSaver {
  private final ProfileStore store;

  StoreProfileSaver(ProfileStore store) {
    this.store = store;
  }

  @Override
  public Path save(Profile profile, String name) {
    ProfileName profileName = ProfileName.of(name);
    store.save(profileName, profile, SaveMode.CREATE);
    return store.paths().profile(profileName);
  }
}
