package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RootCommandTest {
  @Test
  void helpListsEveryCommandInEnglishAndKorean() {
    CommandRun english = CommandRun.of("--help");
    CommandRun korean = CommandRun.of(Map.of("LANG", "ko_KR.UTF-8"), "--help");

    assertThat(english.exitCode()).isZero();
    assertThat(english.out()).contains("analyze", "profiles", "templates", "money", "generate-completion");
    assertThat(korean.out()).contains("사용법", "명령");
  }

  @Test
  void theCompletionScriptNamesTheCommands() {
    CommandRun run = CommandRun.of("generate-completion");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("_complete_crossroads", "new resume edit analyze money profiles");
  }

  @Test
  void anUnknownLanguageIsAUsageErrorForEveryCommand() {
    assertThat(CommandRun.of("--lang", "fr", "--help").exitCode()).isEqualTo(2);
  }

  @Test
  void anUnknownCommandIsAUsageErrorWithoutAStackTrace() {
    CommandRun run = CommandRun.of("frobnicate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).doesNotContain("\tat ");
  }
}
