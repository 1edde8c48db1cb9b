package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.Problem;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLockTest {
  @TempDir Path dir;

  private final ProfileName name = ProfileName.of("job");

  @Test
  void aSecondHolderInTheSameProcessIsToldToTryAgainLater() {
    Path lockFile = new ProfilePaths(dir).lock(name);
    try (ProfileLock first = ProfileLock.acquire(lockFile, name)) {
      assertThatThrownBy(() -> ProfileLock.acquire(lockFile, name))
          .isInstanceOfSatisfying(
              Problem.class,
              f -> {
                assertThat(f.kind()).isEqualTo(Problem.Kind.BUSY);
                assertThat(f.userMessage().key()).isEqualTo("profiles.locked");
                assertThat(f.userMessage().args()).containsExactly("job");
              });
    }
  }

  @Test
  void closingTheLockFreesItForTheNextHolder() {
    Path lockFile = new ProfilePaths(dir).lock(name);
    ProfileLock.acquire(lockFile, name).close();
    try (ProfileLock again = ProfileLock.acquire(lockFile, name)) {
      assertThat(again).isNotNull();
    }
  }

  @Test
  void aLockHeldByAnotherProcessIsRefusedAndFreedWhenThatProcessEnds() throws Exception {
    Process holder = JavaProcess.start(LockHolder.class, dir.toString(), "job");
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("locked");
      Path lockFile = new ProfilePaths(dir).lock(name);
      assertThatThrownBy(() -> ProfileLock.acquire(lockFile, name))
          .isInstanceOfSatisfying(
              Problem.class, f -> assertThat(f.kind()).isEqualTo(Problem.Kind.BUSY));

      holder.destroyForcibly();
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
      try (ProfileLock mine = ProfileLock.acquire(lockFile, name)) {
        assertThat(mine).isNotNull();
      }
    } finally {
      holder.destroyForcibly();
    }
  }
}
