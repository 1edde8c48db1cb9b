package dev.crossroads.cli;

import static dev.crossroads.cli.JournalProfiles.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Hindsight;
import dev.crossroads.decision.JournalEntry;
import dev.crossroads.decision.Plan;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.SaveMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** review NAME writes a look back into the decision's journal; review alone sums them up. */
class ReviewJournalTest {
  @TempDir Path home;
  private ProfileFixture fixture;
  private final List<String> prompts = new ArrayList<>();

  @BeforeEach
  void aDecisionWhoseReviewDateHasCome() {
    fixture = new ProfileFixture(home);
    save("grad", JournalProfiles.due("Grad school or a job"));
  }

  private void save(String name, Decision decision) {
    fixture.store().save(ProfileName.of(name), decision, SaveMode.REPLACE);
  }

  /** review at a terminal where the person types {@code lines}; then the input ends. */
  private SubcommandRun typing(List<String> lines, String... args) {
    Deque<String> typed = new ArrayDeque<>(lines);
    LinePrompt prompt = text -> {
      prompts.add(text);
      return Optional.ofNullable(typed.poll());
    };
    return fixture.run(ctx -> new ReviewCommand(ctx, Optional.of(prompt)), args);
  }

  private SubcommandRun noTerminal(String... args) {
    return fixture.run(ctx -> new ReviewCommand(ctx, Optional.empty()), args);
  }

  private List<JournalEntry> journal(String name) {
    return fixture.load(name).meta().journal();
  }

  @Test
  void flagsWriteALookBackWithWhatTheGutAndTheModelPutFirstThatDay() {
    SubcommandRun run = noTerminal("grad", "--chose", "2", "--outcome", "7", "--learned",
        "Pay mattered less than I thought", "--hindsight", "about-right");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Written in the journal of grad (2026-11-25).");
    JournalEntry e = journal("grad").get(0);
    assertThat(e.date()).isEqualTo(TODAY);
    assertThat(e.chose()).contains("Startup job");
    assertThat(e.outcome()).isEqualTo(OptionalInt.of(7));
    assertThat(e.learned()).isEqualTo("Pay mattered less than I thought");
    assertThat(e.hindsight()).contains(Hindsight.ABOUT_RIGHT);
    assertThat(e.gutFirst()).contains("Startup job");
    assertThat(e.modelFirst()).contains("Grad school");
    assertThat(e.modelChance().getAsDouble()).isBetween(0.5, 1.0);
  }

  @Test
  void aRefusedFlagIsAUsageErrorInOneLineAndNothingIsWritten() {
    SubcommandRun run = noTerminal("grad", "--outcome", "11");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--outcome: Give a whole number from 1 (badly) to 10");
    assertThat(journal("grad")).isEmpty();
  }

  @Test
  void answersWithoutADecisionsNameAreAUsageErrorNotDroppedInSilence() {
    Path file = fixture.write("orphan.yaml", "outcome: 4\n");

    for (String[] args : List.of(new String[] {"--outcome", "3", "--learned", "lost?"},
        new String[] {"--answers", file.toString()})) {
      SubcommandRun run = noTerminal(args);
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
      assertThat(run.err()).contains("Name the decision these answers are about");
    }
    assertThat(journal("grad")).isEmpty();
  }

  @Test
  void anAnswersFileWritesTheLookBackAndNamesKeysItDidNotUse() {
    Path file = fixture.write("look.yaml", """
        chose: A gap year
        outcome: 4
        hindsight: too sure
        next-review: 2027-05-01
        mood: fine
        """);

    SubcommandRun run = noTerminal("grad", "--answers", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains("Not used from", "mood");
    JournalEntry e = journal("grad").get(0);
    assertThat(e.chose()).contains("A gap year");
    assertThat(e.hindsight()).contains(Hindsight.TOO_SURE);
    assertThat(fixture.load("grad").meta().reviewDate()).contains(LocalDate.of(2027, 5, 1));
  }

  @Test
  void aNewReviewDateMovesTheReflectionThatSetTheOldOneSoAnEditKeepsIt() {
    Decision d = JournalProfiles.due("Grad school or a job");
    String old = d.meta().reviewDate().orElseThrow().toString();
    save("grad", new Decision(d.title(), d.language(), d.options(), d.criteria(), d.gates(),
        d.weights(), d.ratings(), java.util.Map.of("review-date", old, "regret", "Not trying"),
        d.scenarios(), d.meta()));

    noTerminal("grad", "--outcome", "6", "--next-review", "2027-05-01");

    Decision after = fixture.load("grad");
    assertThat(after.meta().reviewDate()).contains(LocalDate.of(2027, 5, 1));
    assertThat(after.reflections()).containsEntry("review-date", "2027-05-01")
        .containsEntry("regret", "Not trying");
  }

  @Test
  void aRefusedAnswerInAFileIsBadDataNamingTheFileAndKey() {
    Path file = fixture.write("look.yaml", "hindsight: maybe\n");

    SubcommandRun run = noTerminal("grad", "--answers", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.DATA);
    assertThat(run.err()).contains("look.yaml: hindsight: Answer 1 (too sure)");
    assertThat(journal("grad")).isEmpty();
  }

  @Test
  void atATerminalOnTheDayTheQuestionsAreAskedAndARefusedAnswerAskedAgain() {
    SubcommandRun run = typing(List.of("1", "11", "8", "The lab was the right call", "3",
        "2027-06-01"), "grad");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("── Looking back ──", "1 Grad school · 2 Startup job",
        "! Give a whole number from 1 (badly) to 10", "The summary gave Grad school a",
        "Written in the journal of grad", "The next look back is on 2027-06-01.");
    assertThat(prompts).containsExactly("Chose › ", "How it went (1–10) › ",
        "How it went (1–10) › ", "Learned › ", "That chance (1–3) › ", "Next look back › ");
    JournalEntry e = journal("grad").get(0);
    assertThat(e.chose()).contains("Grad school");
    assertThat(e.outcome()).isEqualTo(OptionalInt.of(8));
    assertThat(e.hindsight()).contains(Hindsight.NOT_SURE_ENOUGH);
    assertThat(fixture.load("grad").meta().reviewDate()).contains(LocalDate.of(2027, 6, 1));
  }

  @Test
  void everyQuestionSkippedWritesNothing() {
    byte[] before = ProfileFixture.bytes(fixture.store().paths().profile(ProfileName.of("grad")));

    SubcommandRun run = typing(List.of("", "", "", "", ""), "grad");

    assertThat(run.out()).contains("Nothing was written to the journal.");
    assertThat(ProfileFixture.bytes(fixture.store().paths().profile(ProfileName.of("grad"))))
        .isEqualTo(before);
  }

  @Test
  void endOfInputStopsWithoutWritingAnything() {
    SubcommandRun run = typing(List.of("2", "7"), "grad");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
    assertThat(run.err()).contains("Stopped; nothing was written to the journal.");
    assertThat(journal("grad")).isEmpty();
  }

  @Test
  void beforeTheReviewDateNothingIsAsked() {
    save("later", JournalProfiles.decision("Later", Optional.of(TODAY.plusDays(30)), Plan.NONE,
        List.of()));

    SubcommandRun run = typing(List.of("1"), "later");

    assertThat(run.exitCode()).isZero();
    assertThat(prompts).isEmpty();
    assertThat(run.out()).contains("not due for 30 days");
  }

  @Test
  void withoutATerminalADueDecisionSaysHowToWriteTheLookBack() {
    SubcommandRun run = noTerminal("grad");

    assertThat(run.out()).contains("To write down what you chose and how it went",
        "crossroads review grad --chose N --outcome 1-10");
    assertThat(journal("grad")).isEmpty();
  }

  @Test
  void aDecisionLookedBackAtIsNoLongerDue() {
    noTerminal("grad", "--outcome", "6");

    SubcommandRun list = noTerminal();

    assertThat(list.out()).contains("No decision is due for review")
        .contains("You have looked back at 1 decision.");
  }

  private static JournalEntry entry(String chose, String gut, String model, Hindsight h) {
    return new JournalEntry(TODAY.minusDays(1), Optional.ofNullable(chose), OptionalInt.of(7), "",
        Optional.ofNullable(h), Optional.ofNullable(gut), Optional.ofNullable(model),
        OptionalDouble.of(0.7));
  }

  private void reviewed(String name, JournalEntry e) {
    save(name, JournalProfiles.decision(name, Optional.of(TODAY.minusDays(30)), Plan.NONE,
        List.of(e)));
  }

  @Test
  void theListSaysHowOftenGutAndModelAgreedAndWhichWasFollowedInCounts() {
    reviewed("a", entry("Job", "Job", "Job", Hindsight.ABOUT_RIGHT));
    reviewed("b", entry("Lab", "Lab", "Job", Hindsight.TOO_SURE));
    reviewed("c", entry("Lab", "Lab", "Job", Hindsight.TOO_SURE));

    SubcommandRun run = noTerminal("--width", "200");

    assertThat(run.out()).contains(
        "Looking back across your decisions",
        "You have looked back at 3 decisions.",
        "Your gut and the model put the same option first in 1 of 3.",
        "When they agreed, you chose that option in 1 of 1.",
        "When they differed (2 decisions with your choice recorded), you followed your gut in 2,",
        "the model in 0 and neither in",
        "So far you have followed your gut more often than the model.",
        "too sure in 2, about right in 1 and not sure enough in 0.")
        .doesNotContain("%");
    // The due decision is still listed above it.
    assertThat(run.out().indexOf("Decisions to look at again"))
        .isLessThan(run.out().indexOf("Looking back across"));
  }

  @Test
  void theListSaysItInKoreanToo() {
    fixture.inKorean();
    reviewed("a", entry("Job", "Job", "Job", Hindsight.ABOUT_RIGHT));
    reviewed("b", entry("Lab", "Lab", "Job", Hindsight.TOO_SURE));

    SubcommandRun run = noTerminal("--width", "200");

    assertThat(run.out()).contains("지금까지 결정 2개를 돌아봤어요.",
        "직감과 모델이 같은 선택지를 1순위로 꼽은 건 2번 중 1번이었어요.",
        "직감을 따른 게 1번, 모델을 따른 게 0번");
  }

  @Test
  void theLookBackIsShownBackWithTheDecision() {
    noTerminal("grad", "--chose", "Grad school", "--outcome", "8", "--learned", "Ask early",
        "--hindsight", "2");

    SubcommandRun run = noTerminal("grad", "--width", "100");

    assertThat(run.out()).contains("Journal", "2026-11-25", "Chose Grad school. It went 8 out of 10.",
        "The summary's 100% chance for Grad school looks about", "Learned: Ask early");
  }
}
