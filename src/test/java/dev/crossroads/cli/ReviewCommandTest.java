package dev.crossroads.cli;

import dev.crossroads.DisplayWidth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {
  private static final Path EXAMPLE = Path.of("src/test/resources/cli/issue-example.json");

  private static Path profileWithReviewDate(Path dir, String name, String date) throws IOException {
    String json = Files.readString(EXAMPLE, StandardCharsets.UTF_8)
        .replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1,\n  \"reviewDate\": \"" + date + "\",")
        .replace("Grad school or industry", "Decision " + name);
    Path file = dir.resolve(name + ".json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void listsOnlyTheDecisionsWhoseReviewDateHasPassedMostOverdueFirst(@TempDir Path dir) throws IOException {
    Map<String, String> env = Map.of("LANG", "en_US.UTF-8", "CROSSROADS_HOME", dir.resolve("home").toString());
    // The test clock stands at 2026-11-25.
    CommandRun.of(env, "import", profileWithReviewDate(dir, "late", "2026-10-01").toString(), "--name", "late");
    CommandRun.of(env, "import", profileWithReviewDate(dir, "later", "2026-06-01").toString(), "--name", "later");
    CommandRun.of(env, "import", profileWithReviewDate(dir, "future", "2027-01-01").toString(), "--name", "future");

    CommandRun run = CommandRun.of(env, "review");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Decision later ", "Decision late ", "177 days", "55 days")
        .doesNotContain("Decision future");
    assertThat(run.out().indexOf("Decision later ")).isLessThan(run.out().indexOf("Decision late "));
  }

  @Test
  void theDueListPointsToTheFullReviewOfOneDecision(@TempDir Path dir) throws IOException {
    Map<String, String> env = Map.of("LANG", "en_US.UTF-8", "CROSSROADS_HOME", dir.resolve("home").toString());
    CommandRun.of(env, "import", profileWithReviewDate(dir, "late", "2026-10-01").toString(), "--name", "late");

    CommandRun run = CommandRun.of(env, "review");

    assertThat(run.out()).contains("with your ratings and reflections:\n  crossroads review late\n");
    CommandRun one = CommandRun.of(env, "review", "late");
    assertThat(one.exitCode()).as(one.toString()).isZero();
    assertThat(one.out()).contains("Decision late", "Review date 2026-10-01: 55 days ago.", "Your ratings");
  }

  @Test
  void saysSoWhenNothingIsDue(@TempDir Path dir) {
    Map<String, String> env = Map.of("LANG", "ko_KR.UTF-8", "CROSSROADS_HOME", dir.toString());
    CommandRun run = CommandRun.of(env, "review");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("다시 볼 때가 된 결정이 없어요");
  }

  @Test
  void showRemindsWhenTheReviewDateHasPassed(@TempDir Path dir) throws IOException {
    Map<String, String> env = Map.of("LANG", "en_US.UTF-8", "CROSSROADS_HOME", dir.resolve("home").toString());
    CommandRun.of(env, "import", profileWithReviewDate(dir, "late", "2026-10-01").toString(), "--name", "late");

    CommandRun run = CommandRun.of(env, "show", "late", "--no-summary");

    assertThat(run.out()).contains("Review date 2026-10-01 has passed");
  }

  @Test
  void aDecisionDueTodayIsListedAsDueToday(@TempDir Path dir) throws IOException {
    Map<String, String> env = Map.of("LANG", "en_US.UTF-8", "CROSSROADS_HOME", dir.resolve("home").toString());
    CommandRun.of(env, "import", profileWithReviewDate(dir, "today", "2026-11-25").toString(), "--name", "today");

    CommandRun run = CommandRun.of(env, "review");

    assertThat(run.out()).contains("Decision today", "2026-11-25", "due today", "Master's in Korea");
  }

  @Test
  void anUnreadableProfileIsCountedNotHidden(@TempDir Path dir) throws IOException {
    Path home = dir.resolve("home");
    Map<String, String> env = Map.of("LANG", "en_US.UTF-8", "CROSSROADS_HOME", home.toString());
    CommandRun.of(env, "import", profileWithReviewDate(dir, "late", "2026-10-01").toString(), "--name", "late");
    Path broken = home.resolve("profiles/broken.json");
    Files.writeString(broken, "{\"schemaVersion\": 1, \"title\": ", StandardCharsets.UTF_8);
    byte[] before = Files.readAllBytes(broken);

    CommandRun run = CommandRun.of(env, "review");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Decision late", "One profile could not be read");
    assertThat(Files.readAllBytes(broken)).isEqualTo(before);
  }

  @Test
  void theListingFitsTheWidth(@TempDir Path dir) throws IOException {
    Map<String, String> env = Map.of("LANG", "ko_KR.UTF-8", "CROSSROADS_HOME", dir.resolve("home").toString());
    CommandRun.of(env, "import", profileWithReviewDate(dir, "late", "2026-10-01").toString(), "--name", "late");

    CommandRun run = CommandRun.of(env, "review", "--width", "60");

    assertThat(run.out()).contains("55일");
    for (String line : run.out().split("\n")) {
      assertThat(dev.crossroads.DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(60);
    }
  }
}
