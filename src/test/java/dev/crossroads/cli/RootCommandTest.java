package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  void everyCommandsHelpListsTheExitCodesTheCommandLineUses() throws Exception {
    for (String command : List.of("analyze", "show", "new")) {
      CommandRun english = CommandRun.of(command, "--help");
      CommandRun korean = CommandRun.of(Map.of("LANG", "ko_KR.UTF-8"), command, "--help");
      assertThat(english.out()).as(command).contains("Exit codes:");
      assertThat(korean.out()).as(command).contains("종료 코드:");
      for (java.lang.reflect.Field code : ExitCode.class.getFields()) {
        String listed = "  " + code.getInt(null) + "   ";
        assertThat(english.out()).as(command + " " + code.getName()).contains(listed);
        assertThat(korean.out()).as(command + " " + code.getName()).contains(listed);
      }
    }
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
