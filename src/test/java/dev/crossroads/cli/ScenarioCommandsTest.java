package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCommandsTest {
  @TempDir Path dir;
  private Map<String, String> env;

  @BeforeEach
  void importTheExample() {
    env = new HashMap<>(Map.of("LANG", "en_US.UTF-8", "CROSSROADS_HOME", dir.toString()));
    CommandRun run = CommandRun.of(env, "import", "src/test/resources/cli/issue-example.json", "--name", "grad");
    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  @Test
  void addSavesTheScenarioAndCompareShowsItBesideTheBase() {
    CommandRun add = CommandRun.of(env, "scenario", "add", "grad", "scholarship",
        "--set", "rating.masters.salary=55000000-70000000", "--set", "weight.growth=80",
        "--description", "If I get the scholarship");
    assertThat(add.exitCode()).as(add.toString()).isZero();

    CommandRun list = CommandRun.of(env, "scenario", "list", "grad");
    assertThat(list.out()).contains("scholarship", "If I get the scholarship", "weights", "1 rating");

    CommandRun compare = CommandRun.of(env, "compare", "grad", "--width", "120");
    assertThat(compare.exitCode()).as(compare.toString()).isZero();
    assertThat(compare.out())
        .contains("Base", "scholarship", "Growth weighs 62% instead of 50%")
        .contains("Master's in Korea on Salary in 3 years: 55,000,000 to 70,000,000 instead of 60,000,000");
  }

  @Test
  void aScenarioThatFlipsTheWinnerIsCalledOut() {
    // Years until full-time work is where the job leads; weighed heavily, the job comes first.
    CommandRun.of(env, "scenario", "add", "grad", "years-matter", "--set", "weight.years=80");

    CommandRun compare = CommandRun.of(env, "compare", "grad", "years-matter");

    assertThat(compare.out()).contains("The winner changes: Industry job now instead of Master's in Korea.")
        .contains("If \"years-matter\": Industry job now takes over.");
  }

  @Test
  void compareAsJsonListsScoresAndRanksPerColumn() throws IOException {
    CommandRun.of(env, "scenario", "add", "grad", "years-matter", "--set", "weight.years=80");
    CommandRun run = CommandRun.of(env, "compare", "grad", "--format", "json");
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(json.path("format").asText()).isEqualTo("crossroads.compare/1");
    assertThat(json.path("columns").size()).isEqualTo(2);
    assertThat(json.path("columns").get(1).path("winner").asText()).isEqualTo("industry");
    assertThat(json.path("options").get(0).path("ranks").size()).isEqualTo(2);
  }

  @Test
  void removeAsksOnATerminalAndNeedsYesWithoutOne() {
    CommandRun.of(env, "scenario", "add", "grad", "x", "--set", "weight.growth=10");

    CommandRun refused = CommandRun.of(env, "scenario", "remove", "grad", "x");
    assertThat(refused.exitCode()).isEqualTo(2);
    CommandRun removed = CommandRun.of(env, "scenario", "remove", "grad", "x", "--yes");
    assertThat(removed.exitCode()).isZero();
    assertThat(CommandRun.of(env, "scenario", "list", "grad").out()).contains("no scenarios yet");
  }

  @Test
  void badAssignmentsAreUsageErrorsNamingTheSetAndNothingIsSaved() throws IOException {
    Path file = dir.resolve("profiles/grad.json");
    byte[] before = Files.readAllBytes(file);
    String[][] bad = {
      {"rating.masters.growth=11"},
      {"rating.nobody.growth=5"},
      {"weight.nothing=5"},
      {"weight.growth=-1"},
      {"rating.masters.growth=8-6"},
      {"growth=5"},
      {"rating.masters.growth=lots"},
    };
    for (String[] set : bad) {
      CommandRun run = CommandRun.of(env, "scenario", "add", "grad", "bad", "--set", set[0]);
      assertThat(run.exitCode()).as(set[0] + "\n" + run).isEqualTo(2);
      assertThat(run.err()).contains("--set " + set[0]).doesNotContain("\tat ");
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aDuplicateScenarioNameIsRefusedUnlessReplaced() {
    CommandRun.of(env, "scenario", "add", "grad", "x", "--set", "weight.growth=10");
    assertThat(CommandRun.of(env, "scenario", "add", "grad", "x", "--set", "weight.growth=20").exitCode())
        .isEqualTo(73);
    assertThat(CommandRun.of(env, "scenario", "add", "grad", "x", "--set", "weight.growth=20", "--replace").exitCode())
        .isZero();
  }

  @Test
  void withoutSetAndWithoutATerminalThereIsNobodyToAsk() {
    CommandRun run = CommandRun.of(env, "scenario", "add", "grad", "x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--set");
  }

  @Test
  void failurePathsMissingProfileBadNameUnknownScenarioCorruptFileNewerSchema() throws IOException {
    assertThat(CommandRun.of(env, "compare", "nobody").exitCode()).isEqualTo(66);
    assertThat(CommandRun.of(env, "compare", "../etc").exitCode()).isEqualTo(2);
    assertThat(CommandRun.of(env, "compare", "grad", "nope").exitCode()).isEqualTo(2);
    assertThat(CommandRun.of(env, "scenario", "add", "nobody", "x", "--set", "weight.growth=1").exitCode())
        .isEqualTo(66);

    Path corrupt = dir.resolve("profiles/broken.json");
    Files.writeString(corrupt, "{\"schemaVersion\": 1, \"title\": ", StandardCharsets.UTF_8);
    byte[] before = Files.readAllBytes(corrupt);
    CommandRun broken = CommandRun.of(env, "scenario", "add", "broken", "x", "--set", "weight.a=1");
    assertThat(broken.exitCode()).isEqualTo(65);
    assertThat(broken.err()).contains("broken.json").doesNotContain("\tat ");
    assertThat(Files.readAllBytes(corrupt)).isEqualTo(before);

    Path newer = dir.resolve("profiles/newer.json");
    Files.writeString(newer, Files.readString(dir.resolve("profiles/grad.json")).replace("\"schemaVersion\": 1", "\"schemaVersion\": 9"));
    assertThat(CommandRun.of(env, "compare", "newer").exitCode()).isEqualTo(65);
  }

  @Test
  void aLockHeldByAnotherProcessStopsAScenarioBeingAdded() throws Exception {
    Process holder =
        dev.crossroads.store.JavaProcess.start(
            dev.crossroads.store.LockHolder.class, dir.resolve("profiles").toString(), "grad");
    try {
      var out = new java.io.BufferedReader(
          new java.io.InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("locked");
      byte[] before = Files.readAllBytes(dir.resolve("profiles/grad.json"));

      CommandRun run = CommandRun.of(env, "scenario", "add", "grad", "x", "--set", "weight.growth=1");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(75);
      assertThat(run.err()).contains("grad").doesNotContain("\tat ");
      assertThat(Files.readAllBytes(dir.resolve("profiles/grad.json"))).isEqualTo(before);
    } finally {
      holder.destroyForcibly();
      holder.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  @Test
  void compareWithAnotherProfileShowsWhereTheViewsDiffer() throws IOException {
    String mine = Files.readString(Path.of("src/test/resources/cli/issue-example.json"), StandardCharsets.UTF_8);
    Path mentor = dir.resolve("mentor.json");
    Files.writeString(mentor, mine.replace("\"growth\": 50, \"salary\": 30, \"years\": 20",
        "\"growth\": 10, \"salary\": 30, \"years\": 60"), StandardCharsets.UTF_8);

    CommandRun run = CommandRun.of(env, "compare", "grad", "--with", mentor.toString(), "--width", "100");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("The biggest difference in weights is on Growth: 50% against 10%.")
        .contains("grad puts Master's in Korea first; mentor.json puts Industry job now first.");
  }

  @Test
  void compareWithADifferentDecisionIsRefused() throws IOException {
    Path other = dir.resolve("other.json");
    Files.writeString(other, Files.readString(Path.of("src/test/resources/cli/pairwise.json")), StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of(env, "compare", "grad", "--with", other.toString());
    assertThat(run.exitCode()).isEqualTo(65);
    assertThat(run.err()).contains("not the same decision").doesNotContain("\tat ");
  }
}
