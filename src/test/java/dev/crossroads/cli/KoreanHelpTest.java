package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.DisplayWidth;
import dev.crossroads.Messages;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Under --lang ko, picocli's help, usage and errors come from the Korean bundles. */
class KoreanHelpTest {
  private static final Map<String, String> KOREAN = Map.of("LANG", "ko_KR.UTF-8");

  /** Every command of the tree as picocli sees it with the Korean bundle. */
  private static List<CommandLine> commands() {
    AppContext context = new AppContext(new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), KOREAN,
        CommandRun.CLOCK, new Messages(Locale.KOREAN), true, false);
    List<CommandLine> all = new ArrayList<>();
    collect(CommandLines.create(context), all);
    return all;
  }

  private static void collect(CommandLine commandLine, List<CommandLine> all) {
    all.add(commandLine);
    commandLine.getSubcommands().values().stream().distinct().forEach(c -> collect(c, all));
  }

  private static boolean hangul(String text) {
    return text.codePoints().anyMatch(
        c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
  }

  @Test
  void everyHeaderAndDescriptionIsKorean() {
    for (CommandLine commandLine : commands()) {
      CommandSpec spec = commandLine.getCommandSpec();
      String header = String.join(" ", spec.usageMessage().header());
      assertThat(hangul(header)).as("header of %s: %s", spec.qualifiedName(), header).isTrue();
      List<ArgSpec> args = new ArrayList<>(spec.options());
      args.addAll(spec.positionalParameters());
      for (ArgSpec arg : args) {
        String description = String.join(" ", arg.description());
        assertThat(hangul(description))
            .as("%s %s: %s", spec.qualifiedName(), arg.paramLabel(), description).isTrue();
      }
      for (String line : spec.usageMessage().description()) {
        assertThat(line.isBlank() || hangul(line))
            .as("description of %s: %s", spec.qualifiedName(), line).isTrue();
      }
    }
  }

  @Test
  void helpFitsEightyColumnsAndBreaksOnlyBetweenWords() {
    for (CommandLine commandLine : commands()) {
      String usage = commandLine.getUsageMessage(CommandLine.Help.Ansi.OFF);
      List<String> shown = Arrays.asList(usage.split("\\s+"));
      CommandSpec spec = commandLine.getCommandSpec();
      List<String> written = new ArrayList<>(Arrays.asList(spec.usageMessage().header()));
      spec.options().forEach(o -> written.addAll(Arrays.asList(o.description())));
      spec.positionalParameters().forEach(p -> written.addAll(Arrays.asList(p.description())));
      for (String text : written) {
        for (String word : text.split("\\s+")) {
          if (hangul(word)) {
            assertThat(shown).as("%s shows %s whole", spec.qualifiedName(), word).contains(word);
          }
        }
      }
      for (String line : usage.split("\n")) {
        assertThat(DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(80);
      }
      assertThat(usage).doesNotContain("Usage:", "Options:", "Parameters:", "Commands:");
    }
  }

  @ParameterizedTest(name = "crossroads --lang ko {0}")
  @ValueSource(strings = {"analyze --bogus", "analyze", "frobnicate", "resme", "scenario add",
      "analyze x.json --draws many", "analyze x.json --format", "analyze x.json --seed 1 --seed 2",
      "analyze x.json y.json", "analyze x.json --formt json"})
  void aCommandLineThatCannotBeParsedIsExplainedInKorean(String line) {
    List<String> args = new ArrayList<>(List.of("--lang", "ko"));
    args.addAll(Arrays.asList(line.split(" ")));
    CommandRun run = CommandRun.of(Map.of(), args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    String first = run.err().lines().findFirst().orElse("");
    assertThat(hangul(first)).as(run.toString()).isTrue();
    assertThat(run.err()).doesNotContain("Unknown", "Missing", "Invalid", "Unmatched",
        "Did you mean", "Usage:", "should be specified", "\tat ");
    assertThat(run.err()).contains("사용법:", "--help");
  }

  @Test
  void aMistypedOptionOrCommandIsMetWithWhatWasMeant() {
    assertThat(CommandRun.of(Map.of(), "--lang", "ko", "analyze", "x.json", "--formt", "json").err())
        .contains("혹시 이 옵션인가요? --format").doesNotContain("crossroads analyze --format");
    assertThat(CommandRun.of(Map.of(), "--lang", "ko", "resme").err())
        .contains("혹시 이 명령인가요? crossroads resume");
  }

  @Test
  void englishErrorsReadAsPicocliWroteThem() {
    assertThat(CommandRun.of("analyze", "x.json", "--bogus").err()).startsWith("Unknown option: '--bogus'");
    assertThat(CommandRun.of("scenario", "add").err())
        .startsWith("Missing required parameters: 'PROFILE', 'NAME'");
    assertThat(CommandRun.of("analyze", "x.json", "--draws", "many").err())
        .startsWith("Invalid value for '--draws': 'many' is not a whole number");
  }
}
