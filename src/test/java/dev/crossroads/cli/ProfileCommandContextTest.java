package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.store.TestProfiles;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as the process builds them: the store is found from --home and the environment. */
class ProfileCommandContextTest {
  @TempDir Path dir;

  private Path profileFile() {
    return new ProfileFixture(dir).write("incoming/grad.json", TestProfiles.json("Grad school"));
  }

  @Test
  void homeOptionKeepsProfilesUnderItsProfilesFolder() {
    Path home = dir.resolve("my-home");
    SubcommandRun run =
        new ProfileFixture(dir)
            .runAsProcess(
                ImportCommand::new,
                Map.of("HOME", dir.resolve("user").toString()),
                profileFile().toString(),
                "--home",
                home.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(home.resolve("profiles/grad.json")).exists();
    assertThat(dir.resolve("user")).doesNotExist();
  }

  @Test
  void crossroadsHomeAndXdgDataHomeAreFollowedInThatOrder() {
    Path cr = dir.resolve("cr");
    Path xdg = dir.resolve("xdg");
    Map<String, String> env =
        Map.of(
            "HOME", dir.resolve("user").toString(),
            "CROSSROADS_HOME", cr.toString(),
            "XDG_DATA_HOME", xdg.toString());
    ProfileFixture fixture = new ProfileFixture(dir);
    assertThat(fixture.runAsProcess(ImportCommand::new, env, profileFile().toString()).exitCode())
        .isZero();
    assertThat(cr.resolve("profiles/grad.json")).exists();

    Map<String, String> xdgOnly = Map.of("HOME", dir.resolve("user").toString(), "XDG_DATA_HOME", xdg.toString());
    fixture.runAsProcess(ImportCommand::new, xdgOnly, profileFile().toString());
    assertThat(xdg.resolve("crossroads/profiles/grad.json")).exists();

    Map<String, String> homeOnly = Map.of("HOME", dir.resolve("user").toString());
    SubcommandRun listed = fixture.runAsProcess(ProfilesCommand::new, homeOnly);
    assertThat(listed.out()).contains(dir.resolve("user/.local/share/crossroads/profiles").toString());
  }

  @Test
  void withoutATerminalTheRealContextNeverAsksAndDeleteNeedsYes() {
    Path home = dir.resolve("h");
    Map<String, String> env = Map.of("CROSSROADS_HOME", home.toString(), "CROSSROADS_NO_TTY", "1");
    ProfileFixture fixture = new ProfileFixture(dir);
    fixture.runAsProcess(ImportCommand::new, env, profileFile().toString());
    SubcommandRun refused = fixture.runAsProcess(DeleteCommand::new, env, "grad");
    assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(home.resolve("profiles/grad.json")).exists();
    assertThat(fixture.runAsProcess(DeleteCommand::new, env, "grad", "--yes").exitCode()).isZero();
    assertThat(home.resolve("profiles/grad.json")).doesNotExist();
  }
}
