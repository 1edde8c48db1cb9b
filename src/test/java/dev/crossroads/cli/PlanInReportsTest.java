package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Hindsight;
import dev.crossroads.decision.JournalEntry;
import dev.crossroads.decision.NextStep;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.SaveMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** show and every export carry the plan and the journal; show stops reminding once looked back. */
class PlanInReportsTest {
  @TempDir Path home;
  private ProfileFixture fixture;

  @BeforeEach
  void aDecisionWithAPlanAndALookBack() {
    fixture = new ProfileFixture(home);
    JournalEntry look = new JournalEntry(JournalProfiles.TODAY.minusDays(1),
        Optional.of("Startup job"), OptionalInt.of(6), "Ask earlier",
        Optional.of(Hindsight.NOT_SURE_ENOUGH), Optional.of("Startup job"),
        Optional.of("Grad school"), OptionalDouble.of(0.8));
    fixture.store().save(ProfileName.of("grad"), JournalProfiles.decision("Grad or job",
        Optional.of(JournalProfiles.TODAY.minusDays(3)),
        JournalProfiles.steps(new NextStep("Email the lab", JournalProfiles.TODAY.plusDays(2))),
        List.of(look)), SaveMode.REPLACE);
  }

  @Test
  void showPrintsThePlanAndTheJournalAndNoLongerSaysTheReviewIsDue() {
    SubcommandRun run = fixture.run(ShowCommand::new, "grad");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Your plan", "Take the offer", "Next steps", "Email the lab",
        "Journal", "Learned: Ask earlier").doesNotContain("has passed");
  }

  private CommandRun export(String format) {
    CommandRun run = CommandRun.of(java.util.Map.of("LANG", "en_US.UTF-8", "CROSSROADS_HOME",
        home.toString()), "export", "grad", "--format", format);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return run;
  }

  @Test
  void theMarkdownHtmlAndJsonExportsCarryThemToo() {
    assertThat(export("md").out())
        .contains("### Your plan", "- 2026-11-27: Email the lab", "### Journal");
    assertThat(export("html").out())
        .contains("<h3>Your plan</h3>", "<dl class=\"journal\">", "Ask earlier");
    assertThat(export("json").out())
        .contains("\"plan\": {", "\"what\": \"Email the lab\"", "\"journal\": [",
            "\"hindsight\": \"not-sure-enough\"");
  }
}
