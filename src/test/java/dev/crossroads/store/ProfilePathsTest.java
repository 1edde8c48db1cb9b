package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
  void locksAndBackupsSitInDotFoldersBesideTheProfilesUnderTheSameAsciiName() {
    ProfilePaths paths = new ProfilePaths(Path.of("/p"));
    ProfileName name = ProfileName.of("취업");
    assertThat(paths.profile(name)).isEqualTo(Path.of("/p/chwieop-2be46a8d.json"));
    assertThat(paths.lock(name)).isEqualTo(Path.of("/p/.locks/chwieop-2be46a8d.lock"));
    assertThat(paths.backups(name)).isEqualTo(Path.of("/p/.backups/chwieop-2be46a8d"));
    assertThat(paths.profile(ProfileName.of("grad"))).isEqualTo(Path.of("/p/grad.json"));
  }

  @Test
  void everyFileNameTheStoreMakesIsShortPrintableAsciiForAnyNameUpToTheLimit() {
    ProfilePaths paths = new ProfilePaths(Path.of("/p"));
    Random random = new Random(11);
    int[][] ranges = {{0x20, 0x7E}, {0xAC00, 0xD7A3}, {0x1100, 0x11FF}, {0x4E00, 0x9FFF},
        {0x1F300, 0x1F6FF}, {0xC0, 0x24F}, {0x3040, 0x30FF}};
    for (int i = 0; i < 5_000; i++) {
      StringBuilder name = new StringBuilder("n");
      int length = 1 + random.nextInt(ProfileName.MAX_LENGTH - 1);
      while (name.codePointCount(0, name.length()) < length) {
        int[] range = ranges[random.nextInt(ranges.length)];
        name.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
      }
      if (!ProfileName.isValid(name.toString())) {
        continue;
      }
      ProfileName profile = ProfileName.of(name.toString());
      for (Path path : new Path[] {paths.profile(profile), paths.lock(profile),
          paths.backups(profile)}) {
        String fileName = path.getFileName().toString();
        assertThat(fileName).as(profile.value()).matches("[a-z0-9._-]+");
        // The longest name made from it: the temp file a save writes beside the profile.
        String temp = "." + fileName + "." + Long.toUnsignedString(-1L) + ".tmp";
        assertThat(temp.getBytes(StandardCharsets.UTF_8).length).as(profile.value()).isLessThanOrEqualTo(255);
      }
    }
  }

  @Test
  void aFolderInTheEnvironmentThatCannotBeAPathIsAUsageErrorNotACrash() {
    // Under LC_ALL=C a Korean folder name cannot be made into a path; a NUL cannot anywhere.
    Map<String, String> env = Map.of("CROSSROADS_HOME", "/home/mina/\u0000");
    assertThatThrownBy(() -> ProfilePaths.resolve(Optional.empty(), env, USER_HOME))
        .isInstanceOfSatisfying(
            Problem.class,
            f -> {
              assertThat(f.kind()).isEqualTo(Problem.Kind.USAGE);
              assertThat(f.userMessage().key()).isEqualTo("profiles.badFolder");
            });
  }
}
