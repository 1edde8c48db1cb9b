package dev.crossroads.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import dev.crossroads.store.SaveMode;
import dev.crossroads.store.TestProfiles;
import dev.crossroads.store.TestStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Korean profile names under a locale without UTF-8 ({@code LC_ALL=C}), where Java can neither
 * make a file name with Hangul in it nor read a Hangul argument: the built jar still lists and
 * opens every profile, and the launcher makes Korean arguments work.
 */
class LocaleIT {
  private static final Path JAR = Path.of("target/crossroads.jar").toAbsolutePath();
  private static final Path LAUNCHER = Path.of("crossroads").toAbsolutePath();
  // The longest name there is: 100 syllables, 300 bytes of UTF-8 (more than a file name holds).
  private static final String LONG_NAME = "대학원진학".repeat(20);

  private record Run(int exit, String output) {
    /** One entry per message: errors wrap at 80 columns with indented continuation lines. */
    List<String> lines() {
      return List.of(output.replace("\n  ", " ").split("\n"));
    }
  }

  private static Run run(List<String> command, Path dir) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(key -> key.startsWith("LC_"));
    env.put("LC_ALL", "C");
    env.put("LANG", "C");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
    return new Run(process.exitValue(), output);
  }

  private static Run jar(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(command, dir);
  }

  private static Run launcher(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    return run(command, dir);
  }

  @Test
  void theJarListsOpensAndDeletesUnderLcAllC(@TempDir Path dir) throws Exception {
    Run settings =
        run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XshowSettings:properties", "-version"), dir);
    assumeThat(settings.output()).as("a JVM that encodes file names in ASCII under LC_ALL=C")
        .contains("sun.jnu.encoding = ANSI_X3.4-1968");

    Path home = dir.resolve("home");
    ProfileStore store = TestStores.in(home);
    store.save(ProfileName.of("대학원"), TestProfiles.decision("진학"), SaveMode.CREATE);
    store.save(ProfileName.of(LONG_NAME), TestProfiles.decision("긴 이름"), SaveMode.CREATE);
    store.save(ProfileName.of("grad"), TestProfiles.decision("ascii"), SaveMode.CREATE);
    // A profile an older crossroads saved under its own name, with a backup.
    Path profiles = home.resolve("profiles");
    Files.writeString(profiles.resolve("옛날.json"), TestProfiles.json("예전 형식"));
    Files.createDirectories(profiles.resolve(".backups/옛날"));
    Files.writeString(profiles.resolve(".backups/옛날/1.json"), TestProfiles.json("더 예전"));

    Run list = jar(dir, "profiles", "--home", home.toString());
    assertThat(list.exit()).as(list.output()).isZero();
    assertThat(list.output()).contains("대학원", "진학", "옛날", "예전 형식", "grad", "ascii");
    assertThat(list.output()).doesNotContain("\uFFFD", "internal error");

    Run show = jar(dir, "show", "grad", "--home", home.toString());
    assertThat(show.exit()).as(show.output()).isZero();

    // Java decodes a Korean argument as replacement characters here: refused, saying why.
    Run garbled = jar(dir, "show", "대학원", "--home", home.toString());
    assertThat(garbled.exit()).as(garbled.output()).isEqualTo(2);
    assertThat(garbled.lines()).singleElement().asString().contains("locale is not UTF-8");

    Run resume = jar(dir, "resume", "대학원", "--home", home.toString());
    assertThat(resume.exit()).as(resume.output()).isEqualTo(66);

    Run delete = jar(dir, "delete", "grad", "--yes", "--home", home.toString());
    assertThat(delete.exit()).as(delete.output()).isZero();
    assertThat(store.list()).extracting(e -> e.name().value())
        .containsExactly("대학원", LONG_NAME, "옛날");
  }

  @Test
  void theLauncherTakesKoreanNamesUnderLcAllC(@TempDir Path dir) throws Exception {
    String home = dir.resolve("home").toString();
    String example = Path.of("docs/examples/grad-school-ko.json").toAbsolutePath().toString();
    String tooLong = "가".repeat(ProfileName.MAX_LENGTH + 1);

    Run imported = launcher(dir, "import", example, "--name", LONG_NAME, "--home", home);
    assertThat(imported.exit()).as(imported.output()).isZero();
    Run list = launcher(dir, "profiles", "--home", home);
    assertThat(list.output()).contains(LONG_NAME);
    Run show = launcher(dir, "show", LONG_NAME, "--home", home);
    assertThat(show.exit()).as(show.output()).isZero();
    assertThat(show.output()).contains("대학원(석사) 진학이냐, 바로 취업이냐");

    Run rename = launcher(dir, "rename", LONG_NAME, "대학원", "--home", home);
    assertThat(rename.exit()).as(rename.output()).isZero();
    Run refused = launcher(dir, "import", example, "--name", tooLong, "--home", home);
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.lines()).singleElement().asString().contains("100");
    Run delete = launcher(dir, "delete", "대학원", "--yes", "--home", home);
    assertThat(delete.exit()).as(delete.output()).isZero();
    assertThat(launcher(dir, "profiles", "--home", home).output()).contains("No profiles yet");
  }
}
