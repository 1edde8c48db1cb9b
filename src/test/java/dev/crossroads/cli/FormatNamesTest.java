package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Format names are spelled one way everywhere: md and markdown (any case) are one format. */
class FormatNamesTest {
  private static final String EXAMPLE = "docs/examples/grad-school.json";
  @TempDir Path home;

  private Map<String, String> env() {
    return Map.of("LANG", "en_US.UTF-8", "HOME", home.toString(),
        "CROSSROADS_HOME", home.resolve("crossroads").toString());
  }

  @BeforeEach
  void aSavedProfileWithAScenario() {
    assertThat(CommandRun.of(env(), "import", EXAMPLE, "--name", "grad").exitCode()).isZero();
    assertThat(CommandRun.of(env(), "scenario", "add", "grad", "fun", "--set", "weight.fun=40")
        .exitCode()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"analyze " + EXAMPLE, "export grad", "compare grad"})
  void mdAndMarkdownAreTheSameFormat(String command) {
    String[] words = command.split(" ");
    CommandRun md = CommandRun.of(env(), concat(words, "--format", "md"));
    CommandRun markdown = CommandRun.of(env(), concat(words, "--format", "markdown"));
    CommandRun upper = CommandRun.of(env(), concat(words, "--format=Markdown"));

    assertThat(md.exitCode()).as(md.toString()).isZero();
    assertThat(md.out()).contains("| ").isEqualTo(markdown.out()).isEqualTo(upper.out());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"analyze " + EXAMPLE, "compare grad"})
  void anUnknownFormatIsOneLineListingEverySpellingAndExit2(String command) {
    CommandRun run = CommandRun.of(env(), concat(command.split(" "), "--format", "yaml"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines()).as(run.toString()).hasSize(1);
    assertThat(run.err()).contains("\"yaml\"", "text, json, md (or markdown)");
  }

  @Test
  void exportListsMarkdownUnderBothNames() {
    CommandRun run = CommandRun.of(env(), "export", "grad", "--format", "pdf");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("json, md (or markdown), html");
  }

  @Test
  void moneyWritesTextAndJsonAndSaysSo() {
    CommandRun run = CommandRun.of(env(), "money", "docs/examples/grad-school-money.json",
        "--format", "md");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("\"md\"", "text, json").doesNotContain("markdown");
  }

  @ParameterizedTest(name = "{0} --help")
  @ValueSource(strings = {"analyze", "export", "compare"})
  void helpListsBothSpellings(String command) {
    String help = CommandRun.of(env(), command, "--help").out().replaceAll("\\s+", " ");
    assertThat(help).contains("md (also: markdown)");
  }

  private static String[] concat(String[] words, String... more) {
    String[] all = new String[words.length + more.length];
    System.arraycopy(words, 0, all, 0, words.length);
    System.arraycopy(more, 0, all, words.length, more.length);
    return all;
  }
}
