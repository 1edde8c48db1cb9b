package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile name of 100 Hangul syllables (the documented limit: 300 bytes of UTF-8, more than
 * the 255 a file name may have on ext4) saves, lists, shows and deletes: file names are made
 * from the name in ASCII (store.FileStem), so what limits the file system is never the name.
 */
class HangulNameTest {
  private static final String HUNDRED = "대학원진학".repeat(20);

  @TempDir Path home;

  @Test
  void aHundredSyllableNameSavesListsShowsAndDeletes() throws Exception {
    assertThat(HUNDRED.codePointCount(0, HUNDRED.length())).isEqualTo(100);
    assertThat(HUNDRED.getBytes(StandardCharsets.UTF_8)).hasSize(300);
    Map<String, String> env = Map.of("LANG", "ko_KR.UTF-8", "CROSSROADS_HOME", home.toString());

    CommandRun imported = CommandRun.of(env, "import", "docs/examples/grad-school-ko.json", "--name", HUNDRED);
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
    CommandRun again = CommandRun.of(env, "import", "docs/examples/grad-school-ko.json", "--name", HUNDRED, "--yes");
    assertThat(again.exitCode()).as("saved over, keeping a backup: " + again).isZero();

    CommandRun list = CommandRun.of(env, "profiles");
    assertThat(list.exitCode()).as(list.toString()).isZero();
    assertThat(list.out()).contains(HUNDRED);
    CommandRun show = CommandRun.of(env, "show", HUNDRED);
    assertThat(show.exitCode()).as(show.toString()).isZero();
    assertThat(show.out()).contains("대학원(석사) 진학이냐, 바로 취업이냐");

    for (Path file : filesUnder(home)) {
      String name = file.getFileName().toString();
      assertThat(name.getBytes(StandardCharsets.UTF_8).length).as(name).isLessThanOrEqualTo(255);
      assertThat(name.chars().allMatch(c -> c < 0x80)).as(name + " is ASCII").isTrue();
    }

    CommandRun delete = CommandRun.of(env, "delete", HUNDRED, "--yes");
    assertThat(delete.exitCode()).as(delete.toString()).isZero();
    assertThat(CommandRun.of(env, "profiles").out()).doesNotContain(HUNDRED);
    assertThat(filesUnder(home.resolve("profiles"))).allMatch(f -> f.toString().contains(".locks"));
  }

  @Test
  void aHundredAndOneSyllablesAreRefusedAsAUsageError() {
    Map<String, String> env = Map.of("LANG", "en_US.UTF-8", "CROSSROADS_HOME", home.toString());
    CommandRun run = CommandRun.of(env, "import", "docs/examples/grad-school-ko.json", "--name", HUNDRED + "가");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("100");
  }

  private static List<Path> filesUnder(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }
}
