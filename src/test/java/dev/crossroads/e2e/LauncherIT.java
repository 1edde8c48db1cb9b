package dev.crossroads.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher at the repository root works from any directory and through a symlink. */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("crossroads").toAbsolutePath();

  @Test
  void runsThroughASymlinkFromAnotherDirectoryWithKoreanArguments(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path link = dir.resolve("bin").resolve("crossroads");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, LAUNCHER);
    Path profile = Path.of("docs/examples/grad-school-ko.json").toAbsolutePath();

    ProcessBuilder builder =
        new ProcessBuilder(link.toString(), "analyze", profile.toString(), "--width", "80")
            .directory(dir.toFile())
            .redirectErrorStream(true);
    builder.environment().put("LANG", "C");
    builder.environment().remove("LC_ALL");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("대학원(석사) 진학이냐, 바로 취업이냐", "순위");
  }

  @Test
  void versionPrintsTheBuildsVersionFromThePom() throws IOException, InterruptedException {
    String pom = Files.readString(Path.of("pom.xml"));
    // The project's own version: the first <version> after its artifactId.
    String expected =
        pom.substring(pom.indexOf("<artifactId>crossroads</artifactId>"))
            .replaceFirst("(?s).*?<version>([^<]+)</version>.*", "$1");
    for (String flag : new String[] {"--version", "-V"}) {
      Process process =
          new ProcessBuilder(LAUNCHER.toString(), flag).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(output.strip()).isEqualTo("crossroads " + expected);
    }
  }
}
