package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.SaveMode;
import dev.crossroads.store.TestProfiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare PROFILE --with OTHER: two profiles of one decision side by side. */
class CompareWithTest {
  @TempDir Path home;
  private ProfileFixture fixture;

  @BeforeEach
  void twoProfiles() {
    fixture = new ProfileFixture(home);
    fixture.save("mine", "Grad or job");
    Decision mentor =
        TestProfiles.decision("Grad or job")
            .withWeights(new WeightInput.Points(Map.of("growth", 20.0, "pay", 80.0)))
            .withRatings(
                Map.of(
                    "grad", Map.of("growth", Rating.of(8), "pay", Rating.of(2)),
                    "job", Map.of("growth", Rating.of(6), "pay", Rating.of(7))));
    fixture.store().save(ProfileName.of("mentor"), mentor, SaveMode.REPLACE);
  }

  @Test
  void weightsAreListedLargestDifferenceFirstAndEachRankingIsShown() {
    SubcommandRun run = fixture.run(CompareCommand::new, "mine", "--with", "mentor", "--width", "80");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String out = run.out();
    assertThat(out).contains("Two profiles compared: Grad or job", "\"mine\" and \"mentor\"");
    // growth 60% -> 20% and pay 40% -> 80%: both 40 points apart.
    assertThat(out).contains("-40 pts", "+40 pts");
    assertThat(out).containsPattern("Grad school +Pay +4 of 10 +2 of 10 +22%");
    // "mine" scores its two options level: a tie, so neither profile is said to "put" one first.
    assertThat(out).contains("In \"mine\": A tie.", "In \"mentor\": ").doesNotContain("puts Grad school first");
  }

  @Test
  void theSameProfileTwiceAgreesOnEverything() {
    SubcommandRun run = fixture.run(CompareCommand::new, "mine", "--with", "mine");
    assertThat(run.out())
        .contains("In \"mine\": A tie. Grad school and Startup job are tied")
        .contains("The weights are the same in both")
        .contains("Every rating is the same");
  }

  @Test
  void theOtherProfileMayBeAFileNamedByItsFileName() {
    Path file = fixture.write("files/mentor-file.json", TestProfiles.json("Grad or job"));
    SubcommandRun run = fixture.run(CompareCommand::new, "mine", "--with", file.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("\"mine\" and \"mentor-file.json\"").doesNotContain(file.getParent().toString());
  }

  @Test
  void aMissingFileIsNoInput() {
    SubcommandRun run = fixture.run(CompareCommand::new, "mine", "--with", "./nowhere.json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
    assertThat(run.err()).contains("nowhere.json");
  }

  @Test
  void profilesOfDifferentDecisionsAreRefusedNamingWhatDiffers() {
    Decision other =
        Decision.of(
            "Other",
            List.of(new Option("grad", "Grad school"), new Option("abroad", "Abroad")),
            List.of(
                Criterion.rating("growth", "Growth", Direction.BENEFIT),
                Criterion.rating("pay", "Pay", Direction.BENEFIT)),
            new WeightInput.Points(Map.of("growth", 1.0, "pay", 1.0)),
            Map.of(
                "grad", Map.of("growth", Rating.of(8), "pay", Rating.of(4)),
                "abroad", Map.of("growth", Rating.of(6), "pay", Rating.of(7))));
    fixture.store().save(ProfileName.of("other"), other, SaveMode.REPLACE);

    SubcommandRun run = fixture.run(CompareCommand::new, "mine", "--with", "other");

    assertThat(run.exitCode()).isEqualTo(ExitCode.DATA);
    assertThat(run.err())
        .contains("\"mine\" and \"other\" are not the same decision")
        .contains("their options differ (grad, job against abroad, grad)");
  }

  @Test
  void scenarioNamesDoNotGoWithWith() {
    SubcommandRun run = fixture.run(CompareCommand::new, "mine", "x", "--with", "mentor");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--with", "x");
  }

  @Test
  void asJsonEachSideHasItsWinnerAndEachWeightBothValues() throws IOException {
    SubcommandRun run = fixture.run(CompareCommand::new, "mine", "--with", "mentor", "--format", "json");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("format").asText()).isEqualTo("crossroads.compare-profiles/1");
    assertThat(json.path("profiles").get(0).path("winner").asText()).isEqualTo("grad");
    assertThat(json.path("profiles").get(1).path("winner").asText()).isEqualTo("job");
    assertThat(Math.abs(json.path("weights").get(0).path("left").asDouble()
            - json.path("weights").get(0).path("right").asDouble()))
        .isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(json.path("ratings").get(0).path("shareOfScale").asDouble())
        .isCloseTo(2.0 / 9, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void asMarkdownItHasTheThreeTables() {
    SubcommandRun run = fixture.run(CompareCommand::new, "mine", "--with", "mentor", "--format", "markdown");
    assertThat(run.out())
        .contains("# Two profiles compared: Grad or job")
        .contains("| Criterion | mine | mentor | Difference |")
        .contains("| Option | Criterion | mine | mentor | Apart |")
        .contains("| Option | mine | mentor |");
  }
}
