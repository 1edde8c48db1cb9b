package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfilePathsTest {
  private static final Path USER_HOME = Path.of("/home/mina");

  @Test
  void withNothingSetProfilesLiveUnderDotLocalShare() {
    assertThat(ProfilePaths.resolve(Optional.empty(), Map.of(), USER_HOME).profilesDir())
        .isEqualTo(Path.of("/home/mina/.local/share/crossroads/profiles"));
  }

  @Test
  void xdgDataHomeMovesThem() {
    assertThat(
            ProfilePaths.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data"), USER_HOME)
                .profilesDir())
        .isEqualTo(Path.of("/data/crossroads/profiles"));
  }

  @Test
  void aRelativeOrEmptyXdgDataHomeIsIgnoredAsTheSpecAsks() {
    for (String value : new String[] {"relative/dir", "", "  "}) {
      assertThat(
              ProfilePaths.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", value), USER_HOME)
                  .profilesDir())
          .isEqualTo(Path.of("/home/mina/.local/share/crossroads/profiles"));
    }
  }

  @Test
  void crossroadsHomeBeatsXdgAndTheHomeOptionBeatsBoth() {
    Map<String, String> env = Map.of("XDG_DATA_HOME", "/data", "CROSSROADS_HOME", "/cr");
    assertThat(ProfilePaths.resolve(Optional.empty(), env, USER_HOME).profilesDir())
        .isEqualTo(Path.of("/cr/profiles"));
    assertThat(ProfilePaths.resolve(Optional.of(Path.of("/opt/x")), env, USER_HOME).profilesDir())
        .isEqualTo(Path.of("/opt/x/profiles"));
  }

  @Test
  void locksAndBackupsSitInDotFoldersBesideTheProfiles() {
    ProfilePaths paths = new ProfilePaths(Path.of("/p"));
    ProfileName name = ProfileName.of("취업");
    assertThat(paths.profile(name)).isEqualTo(Path.of("/p/취업.json"));
    assertThat(paths.lock(name)).isEqualTo(Path.of("/p/.locks/취업.lock"));
    assertThat(paths.backups(name)).isEqualTo(Path.of("/p/.backups/취업"));
  }
}
