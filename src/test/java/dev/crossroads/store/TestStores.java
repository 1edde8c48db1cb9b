package dev.crossroads.store;

import java.nio.file.Path;

/** A store in a temp folder, with the stand-in codec. */
public final class TestStores {
  private TestStores() {}

  public static ProfileStore in(Path home) {
    return new ProfileStore(new ProfilePaths(home.resolve("profiles")), new TestCodec());
  }
}
