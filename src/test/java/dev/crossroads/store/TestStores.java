package dev.crossroads.store;

import java.nio.file.Path;

/** A store in a temp folder, in the standard format. */
public final class TestStores {
  private TestStores() {}

  public static ProfileStore in(Path home) {
    return ProfileStore.open(new ProfilePaths(home.resolve("profiles")));
  }
}
