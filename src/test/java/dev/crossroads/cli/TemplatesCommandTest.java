package dev.crossroads.cli;

import dev.crossroads.DisplayWidth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TemplatesCommandTest {
  record Run(int exitCode, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  private static Run run(Map<String, String> env, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "templates";
    System.arraycopy(args, 0, all, 1, args.length);
    CommandRun run = CommandRun.of(env, all);
    return new Run(run.exitCode(), run.out(), run.err());
  }

  /** Display column where each cell starts; cells are separated by two or more spaces. */
  private static List<Integer> cellStarts(String line) {
    List<Integer> starts = new ArrayList<>();
    int column = 0;
    boolean inGap = true;
    for (int i = 0; i < line.length(); i++) {
      boolean gap = line.startsWith("  ", i) || (line.charAt(i) == ' ' && inGap);
      if (!gap && inGap) {
        starts.add(column);
      }
      inGap = gap;
      column += new AttributedString(line.substring(i, i + 1)).columnLength();
    }
    return starts;
  }

  @Test
  void listsEveryBuiltInTemplateWithItsTitleCriteriaAndSource() {
    Run run = run(Map.of(), "--lang", "en");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.lines()).hasSize(8);
    assertThat(run.lines().get(0)).startsWith("ID").contains("TITLE", "CRITERIA", "SOURCE");
    assertThat(run.out())
        .contains("grad-school")
        .contains("Grad school or a job now?")
        .contains("6 of 11")
        .contains("built-in")
        .contains("blank");
  }

  @Test
  void koreanTitlesAreAlignedByDisplayWidth() {
    Run run = run(Map.of(), "--lang", "ko");

    assertThat(run.out()).contains("대학원에 갈까, 바로 취업할까?").contains("기본 제공");
    List<Integer> header = cellStarts(run.lines().get(0));
    assertThat(header).hasSize(4);
    for (String line : run.lines()) {
      assertThat(cellStarts(line)).as(line).isEqualTo(header);
    }
  }

  @Test
  void englishColumnsLineUpToo() {
    Run run = run(Map.of(), "--lang", "en");

    List<Integer> header = cellStarts(run.lines().get(0));
    for (String line : run.lines()) {
      assertThat(cellStarts(line)).as(line).isEqualTo(header);
    }
  }

  @Test
  void theLanguageFollowsTheEnvironmentWhenNotGiven() {
    assertThat(run(Map.of("LANG", "ko_KR.UTF-8")).out()).contains("나만의 결정");
    assertThat(run(Map.of("LANG", "C.UTF-8")).out()).contains("Your own decision");
  }

  @Test
  void aTemplateFromTheQuestionsDirectoryShowsWhereItCameFrom(@TempDir Path dir) {
    write(dir.resolve("blank.yaml"), "blank", "A different blank");

    Run run = run(Map.of(), "--lang", "en", "--questions", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    String blankLine =
        run.lines().stream().filter(l -> l.startsWith("blank")).findFirst().orElseThrow();
    assertThat(blankLine).contains("A different blank").contains("--questions dir");
    assertThat(run.lines()).hasSize(8);
  }

  @Test
  void templatesInTheConfigDirectoryAreListedAsConfig(@TempDir Path home) {
    write(home.resolve("conf/crossroads/questions/my-move.yaml"), "my-move", "My move");

    Run run = run(Map.of("XDG_CONFIG_HOME", home.resolve("conf").toString()), "--lang", "en");

    assertThat(run.lines().get(run.lines().size() - 1))
        .startsWith("my-move")
        .contains("My move")
        .contains("config");
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    Run run = run(Map.of(), "--lang", "fr");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Unknown language \"fr\"");
  }

  private static void write(Path file, String id, String title) {
    try (var in = TemplatesCommandTest.class.getResourceAsStream("/questions/minimal.yaml")) {
      String yaml =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("id: minimal", "id: " + id)
              .replace("\"Tea or coffee?\"", "\"" + title + "\"");
      Files.createDirectories(file.getParent());
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
