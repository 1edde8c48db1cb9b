package dev.crossroads.cli;

import static dev.crossroads.cli.HostileProfile.assertNoRawControls;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that prints a profile's text, run on a profile whose every text carries every
 * C0 and C1 control, DEL and the bidirectional controls ({@link HostileProfile}): nothing raw may
 * reach standard output or standard error, in English and in Korean, and the controls show as
 * their stand-ins. Output here is not a terminal, so it has no colour; {@link
 * HostileTextColourTest} renders the same profile with colour on.
 */
class HostileTextCommandsTest {
  @TempDir static Path dir;
  private static Path home;

  @BeforeAll
  static void importTheHostileProfiles() throws Exception {
    home = dir.resolve("home");
    Path file = Files.writeString(dir.resolve("hostile.json"), HostileProfile.json(false));
    Path mentor = Files.writeString(dir.resolve("mentor.json"), HostileProfile.json(true));
    for (String[] imported : List.of(new String[] {file.toString(), "hostile"}, new String[] {mentor.toString(), "mentor"})) {
      CommandRun run =
          CommandRun.of("import", imported[0], "--name", imported[1], "--home", home.toString());
      assertThat(run.exitCode()).as(run.toString()).isZero();
    }
  }

  static Stream<Arguments> commands() {
    List<List<String>> commands =
        List.of(
            List.of("show", "hostile"),
            List.of("show", "hostile", "--width", "40"),
            List.of("profiles"),
            List.of("analyze", "hostile"),
            List.of("analyze", "hostile", "--format", "md"),
            List.of("analyze", "hostile", "--format", "json"),
            List.of("analyze", "hostile", "--scenario", "plain"),
            List.of("compare", "hostile"),
            List.of("compare", "hostile", "--format", "md"),
            List.of("compare", "hostile", "--format", "json"),
            List.of("compare", "hostile", "--with", "mentor"),
            List.of("compare", "hostile", "--with", "mentor", "--format", "md"),
            List.of("compare", "hostile", "--with", "mentor", "--format", "json"),
            List.of("scenario", "list", "hostile"),
            List.of("export", "hostile", "--format", "md"),
            List.of("export", "hostile", "--format", "html"),
            List.of("export", "hostile", "--format", "json"),
            List.of("money", "hostile"),
            List.of("money", "hostile", "--format", "json"),
            List.of("review", "hostile"),
            List.of("review"),
            List.of("next"));
    List<Arguments> all = new ArrayList<>();
    for (String lang : List.of("en_US.UTF-8", "ko_KR.UTF-8")) {
      for (List<String> command : commands) {
        all.add(Arguments.of(lang, command));
      }
    }
    return all.stream();
  }

  private static CommandRun run(String lang, List<String> command) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--home", home.toString()));
    return CommandRun.of(Map.of("LANG", lang), args.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("commands")
  void noControlFromTheProfileReachesTheTerminalRaw(String lang, List<String> command) {
    CommandRun run = run(lang, command);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertNoRawControls(String.join(" ", command) + " (stdout)", run.out(), false);
    assertNoRawControls(String.join(" ", command) + " (stderr)", run.rawErr(), false);
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("commands")
  void theControlsShowAsTheirStandIns(String lang, List<String> command) {
    if (command.contains("json") || command.get(0).equals("profiles") || command.get(0).equals("money")
        || command.equals(List.of("review"))) {
      // JSON keeps the text, escaped; the listings, the money view and what the journals say
      // together do not show it whole.
      return;
    }
    String shown =
        command.contains("md")
            ? HostileProfile.WINDOW_AND_CLEAR_SHOWN.replace("]", "\\]").replace("[", "\\[")
            : HostileProfile.WINDOW_AND_CLEAR_SHOWN;
    assertThat(run(lang, command).out()).contains(shown);
  }

  @Test
  void theListingsNameEveryProfileWithItsTitleCleaned() {
    CommandRun run = CommandRun.of("profiles", "--home", home.toString());
    assertThat(run.out()).contains("hostile", "mentor", "Title A ␛]0;pwned␇");
  }

  static Stream<List<String>> failures() {
    String hostile = "no such " + HostileProfile.WINDOW_AND_CLEAR + HostileProfile.CONTROLS;
    return Stream.of(
        List.of("analyze", "hostile", "--scenario", hostile),
        List.of("compare", "hostile", "--scenario", hostile),
        List.of("show", hostile),
        List.of("analyze", dir + "/" + hostile + ".json"),
        List.of("analyze", dir + "/" + hostile + ".json", "--debug"),
        List.of("compare", "hostile", "--with", hostile),
        List.of("analyze", "hostile", "--format", hostile),
        List.of("show", "hostile", "--" + hostile),
        List.of("import", dir.resolve("broken.json").toString(), "--name", "broken"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void errorMessagesQuotingHostileTextShowItsStandIns(List<String> command) throws Exception {
    // A profile whose errors quote hostile ids: the option id is repeated.
    Files.writeString(
        dir.resolve("broken.json"),
        HostileProfile.json(false).replace("\"masters\"", "\"" + HostileProfile.HOSTILE_ID.replace("\u001b", "\\u001b").replace("\u009b", "\\u009b") + "\""));
    for (String lang : List.of("en_US.UTF-8", "ko_KR.UTF-8")) {
      CommandRun run = run(lang, command);

      assertThat(run.exitCode()).as(run.toString()).isNotZero();
      assertThat(run.rawErr()).as(run.toString()).isNotBlank();
      assertNoRawControls(String.join(" ", command) + " (stderr)", run.rawErr(), false);
      assertNoRawControls(String.join(" ", command) + " (stdout)", run.out(), false);
    }
  }
}
