package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.DisplayWidth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalyzeCommandTest {
  private static final String ISSUE_EXAMPLE = "src/test/resources/cli/issue-example.json";
  private static final String PAIRWISE = "src/test/resources/cli/pairwise.json";
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void printsAReadableSummaryOfTheIssueExample() {
    CommandRun run = CommandRun.of("analyze", ISSUE_EXAMPLE);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("Grad school or industry", "Ranking", "What would change it", "How this was worked out")
        .contains("Master's in Korea", "Industry job now");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest(name = "every line fits {0} columns")
  @ValueSource(ints = {80, 120})
  void everyLineFitsTheWidth(int width) {
    for (String file : new String[] {ISSUE_EXAMPLE, PAIRWISE, "docs/examples/grad-school.json", "docs/examples/grad-school-ko.json"}) {
      CommandRun run = CommandRun.of("analyze", file, "--width", String.valueOf(width));
      assertThat(run.exitCode()).as(run.toString()).isZero();
      for (String line : run.out().split("\n")) {
        assertThat(DisplayWidth.of(line)).as("%s: [%s]", file, line).isLessThanOrEqualTo(width);
      }
    }
  }

  @Test
  void jsonFollowsTheDocumentedContract() throws IOException {
    CommandRun run = CommandRun.of("analyze", ISSUE_EXAMPLE, "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode json = mapper.readTree(run.out());

    assertThat(json.path("format").asText()).isEqualTo("crossroads.analysis/2");
    double sum = 0;
    for (String id : new String[] {"growth", "salary", "years"}) {
      sum += json.path("weights").path(id).asDouble();
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(json.path("weights").path("growth").asDouble()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    for (String method : new String[] {"wsm", "wpm", "topsis"}) {
      JsonNode ranking = json.path("methods").path(method).path("ranking");
      assertThat(ranking.size()).as(method).isEqualTo(2);
      Set<Integer> ranks = new HashSet<>();
      for (JsonNode row : ranking) {
        assertThat(row.path("option").asText()).isIn("masters", "industry");
        assertThat(row.path("score").isNumber()).isTrue();
        ranks.add(row.path("rank").asInt());
      }
      assertThat(ranks).containsExactlyInAnyOrder(1, 2);
    }
    assertThat(json.path("winner").asText()).isEqualTo(json.path("methods").path("wsm").path("winner").asText());
    assertThat(json.path("agreement").path("winner").isBoolean()).isTrue();
    assertThat(json.path("sensitivity").path("weights").size()).isEqualTo(3);
    for (JsonNode interval : json.path("sensitivity").path("weights")) {
      assertThat(interval.path("low").asDouble()).isLessThanOrEqualTo(interval.path("weight").asDouble());
      assertThat(interval.path("high").asDouble()).isGreaterThanOrEqualTo(interval.path("weight").asDouble());
    }
    double p = 0;
    for (JsonNode odds : json.path("monteCarlo").path("options")) {
      p += odds.path("probabilityFirst").asDouble();
      assertThat(odds.path("standardError").isNumber()).isTrue();
    }
    assertThat(p).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(json.path("monteCarlo").path("draws").asInt()).isEqualTo(10_000);
    assertThat(json.path("weighting").has("consistencyRatio")).isFalse();
  }

  @Test
  void jsonCarriesTheConsistencyRatioForPairwiseWeights() throws IOException {
    CommandRun run = CommandRun.of("analyze", PAIRWISE, "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode weighting = mapper.readTree(run.out()).path("weighting");

    assertThat(weighting.path("method").asText()).isEqualTo("pairwise");
    // freedom:impact 3, freedom:pay 5, impact:pay 2 -> lambda max 3.0037, CI 0.0018, CR 0.0032
    assertThat(weighting.path("consistencyRatio").asDouble()).isCloseTo(0.0032, org.assertj.core.data.Offset.offset(0.0001));
  }

  @Test
  void theSameSeedGivesTheSameJsonAndAnotherSeedDoesNot() {
    String a = CommandRun.of("analyze", PAIRWISE, "--format", "json", "--seed", "7").out();
    String b = CommandRun.of("analyze", PAIRWISE, "--format", "json", "--seed", "7").out();
    String c = CommandRun.of("analyze", PAIRWISE, "--format", "json", "--seed", "8").out();
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void drawsOptionSetsTheNumberOfDraws() throws IOException {
    CommandRun run = CommandRun.of("analyze", ISSUE_EXAMPLE, "--format", "json", "--draws", "500");
    assertThat(mapper.readTree(run.out()).path("monteCarlo").path("draws").asInt()).isEqualTo(500);
  }

  @Test
  void markdownHasTablesThatPasteIntoABlog() {
    CommandRun run = CommandRun.of("analyze", ISSUE_EXAMPLE, "--format", "markdown");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("# Grad school or industry").contains("|---:|:---|");
  }

  @Test
  void aKoreanProfileIsReportedInKoreanUnlessAnotherLanguageIsAsked() {
    CommandRun korean = CommandRun.of("analyze", "docs/examples/grad-school-ko.json");
    CommandRun english = CommandRun.of("analyze", "docs/examples/grad-school-ko.json", "--lang", "en");
    assertThat(korean.out()).contains("순위", "정리");
    assertThat(english.out()).contains("Ranking", "Takeaways");
  }

  @Test
  void aScenarioIsAnalyzedInsteadOfTheBase() {
    CommandRun run = CommandRun.of("analyze", "docs/examples/grad-school.json", "--scenario", "no-such-scenario");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no-such-scenario");
  }

  @Test
  void malformedJsonExits65NamingTheFileAndPlaceWithoutAStackTrace(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"title\": \"x\"\n  \"options\": []\n}\n", StandardCharsets.UTF_8);

    CommandRun run = CommandRun.of("analyze", file.toString());

    assertThat(run.exitCode()).isEqualTo(65);
    assertThat(run.err()).contains("broken.json:4:").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aRatingOutsideItsScaleExits65WithLineAndColumn(@TempDir Path dir) throws IOException {
    String json = Files.readString(Path.of(ISSUE_EXAMPLE), StandardCharsets.UTF_8).replace("\"growth\": 8", "\"growth\": 12");
    Path file = dir.resolve("outside.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);

    CommandRun run = CommandRun.of("analyze", file.toString());

    assertThat(run.exitCode()).isEqualTo(65);
    assertThat(run.err()).containsPattern("outside\\.json:\\d+:\\d+").contains("12").doesNotContain("\tat ");
  }

  @Test
  void aMissingFileExits66() {
    CommandRun run = CommandRun.of("analyze", "no/such/file.json");
    assertThat(run.exitCode()).isEqualTo(66);
    assertThat(run.err()).contains("file.json").doesNotContain("\tat ");
  }

  @Test
  void aBadOptionIsAUsageError() {
    CommandRun run = CommandRun.of("analyze", ISSUE_EXAMPLE, "--format", "yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(CommandRun.of("analyze", ISSUE_EXAMPLE, "--draws", "0").exitCode()).isEqualTo(2);
  }

  @Test
  void noColourWhenOutputIsNotATerminal() {
    CommandRun run = CommandRun.of(Map.of("LANG", "en_US.UTF-8"), "analyze", ISSUE_EXAMPLE);
    assertThat(run.out()).doesNotContain("\u001b[");
  }

  @Test
  void asciiModeUsesNoBoxOrBlockCharacters() {
    CommandRun run = CommandRun.of("analyze", ISSUE_EXAMPLE, "--ascii");
    assertThat(run.out()).doesNotContain("─").doesNotContain("█");
  }
}
