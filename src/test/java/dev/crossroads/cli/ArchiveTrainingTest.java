package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive-training workload stays a real one: its answers still make a complete session of
 * the shipped template (else training would silently load less), and the later commands it runs
 * succeed on the profile it saved.
 */
class ArchiveTrainingTest {
  @TempDir Path home;

  @Test
  void theTrainingAnswersMakeACompleteSessionAndEveryTrainingCommandSucceeds() throws IOException {
    Path answers = home.resolve("training.yaml");
    try (InputStream in = ArchiveTraining.class.getResourceAsStream("training.yaml")) {
      Files.copy(in, answers);
    }
    String h = home.toString();
    Map<String, String> env = Map.of("LANG", "en_US.UTF-8");
    assertThat(CommandRun.of(env, "new", "--no-input", "--answers", answers.toString(),
        "--home", h).exitCode()).isZero();
    assertThat(CommandRun.of(env, "edit", "training", "--no-input", "--home", h).exitCode())
        .isZero();
    assertThat(CommandRun.of(env, "show", "training", "--home", h).exitCode()).isZero();
    assertThat(CommandRun.of(env, "compare", "training", "--home", h).exitCode()).isZero();
    assertThat(CommandRun.of(env, "analyze", home.resolve("profiles/training.json").toString(),
        "--format", "json", "--draws", "200").exitCode()).isZero();
  }

  @Test
  void theTrainingSessionAtAScriptedTerminalGoesThroughToTheSave() throws IOException {
    Path answers = home.resolve("training.yaml");
    try (InputStream in = ArchiveTraining.class.getResourceAsStream("training.yaml")) {
      Files.copy(in, answers);
    }
    Path sessionHome = home.resolve("session");
    assertThat(ArchiveTraining.session(Map.of("LANG", "en_US.UTF-8"), sessionHome, answers))
        .isZero();
    assertThat(sessionHome.resolve("profiles/training.json")).exists();
  }

  @Test
  void trainingLeavesNothingBehind(@TempDir Path tmp) throws IOException {
    // A folder of its own: the system's temporary folder is shared with whatever else runs.
    ArchiveTraining.run(Map.of("LANG", "en_US.UTF-8"), tmp);
    try (var s = Files.list(tmp)) {
      assertThat(s.toList()).isEmpty();
    }
  }
}
