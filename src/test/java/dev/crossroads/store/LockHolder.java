package dev.crossroads.store;

import java.nio.file.Path;

/**
 * Test helper run in its own JVM: takes a profile's lock, says "locked", and holds it until its
 * standard input closes. Lets tests check locking between real processes.
 */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    Path profiles = Path.of(args[0]);
    ProfileName name = ProfileName.of(args[1]);
    try (ProfileLock lock = ProfileLock.acquire(new ProfilePaths(profiles).lock(name), name)) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the lock until the test closes our input
      }
    }
  }
}
