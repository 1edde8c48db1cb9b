package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.DisplayWidth;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings of the whole run may come first, and errors fit a terminal. */
class CommandLineShapeTest {
  @TempDir Path home;

  @Test
  void homeBeforeTheCommandIsReadAsIfAfterIt() {
    CommandRun imported =
        CommandRun.of("--home", home.toString(), "import", "docs/examples/grad-school.json", "--name", "grad");
    assertThat(imported.exitCode()).as(imported.toString()).isZero();

    CommandRun listed = CommandRun.of("--home=" + home, "profiles");
    assertThat(listed.exitCode()).as(listed.toString()).isZero();
    assertThat(listed.out()).contains("grad");

    CommandRun drafts = CommandRun.of("--home", home.toString(), "drafts");
    assertThat(drafts.exitCode()).as(drafts.toString()).isZero();
    assertThat(drafts.err()).doesNotContain("Unknown option");
  }

  @Test
  void aHomeAfterTheCommandStillWorksAndOnlyALeadingOneMoves() {
    assertThat(Main.homeAfterCommand(new String[] {"profiles", "--home", "x"}))
        .containsExactly("profiles", "--home", "x");
    assertThat(Main.homeAfterCommand(new String[] {"--home", "x", "show", "grad"}))
        .containsExactly("show", "--home", "x", "grad");
    assertThat(Main.homeAfterCommand(new String[] {"--home", "x"})).containsExactly("--home", "x");
    assertThat(Main.homeAfterCommand(new String[] {"--home", "x", "--lang", "ko"}))
        .containsExactly("--home", "x", "--lang", "ko");
  }

  @Test
  void everyErrorLineFitsEightyColumnsInEnglishAndKorean() {
    String[][] runs = {
      {"--lang", "xx", "profiles"},
      {"analyze", "no-such-profile-or-file-with-a-rather-long-name-here", "--home", home.toString()},
      {"show", "missing", "--home", home.toString(), "--lang", "ko"},
      {"analyze", "docs/examples/grad-school.json", "--format", "spreadsheet"},
    };
    for (String[] args : runs) {
      CommandRun run = CommandRun.of(Map.of(), args);
      assertThat(run.exitCode()).as(run.toString()).isNotZero();
      assertThat(run.err()).as(run.toString()).isNotBlank();
      for (String line : run.rawErr().split("\n")) {
        assertThat(DisplayWidth.of(line)).as("[%s] in %s", line, run).isLessThanOrEqualTo(80);
      }
    }
  }

  @Test
  void anErrorKeepsAPathLongerThanALineWholeOnALineOfItsOwn() {
    String path = home.resolve("a-folder-with-a-name-long-enough".repeat(3))
        .resolve("profile-that-is-not-there.json").toString();
    CommandRun run = CommandRun.of(Map.of(), "analyze", path);

    assertThat(path.length()).isGreaterThan(80);
    assertThat(run.exitCode()).as(run.toString()).isNotZero();
    assertThat(run.rawErr().split("\n")).anySatisfy(line -> assertThat(line).contains(path));
  }
}
