package dev.crossroads.cli;

import static dev.crossroads.cli.JournalProfiles.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.DisplayWidth;
import dev.crossroads.decision.NextStep;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.SaveMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NextCommandTest {
  @TempDir Path home;

  private ProfileFixture withSteps(ProfileFixture fixture) {
    fixture.store().save(ProfileName.of("grad"), JournalProfiles.decision("Grad school or a job",
        Optional.empty(), JournalProfiles.steps(
            new NextStep("Ask two of the lab's students about the stipend", TODAY.plusDays(6)),
            new NextStep("Read ten current job postings and count the master's asks",
                TODAY.minusDays(3))),
        List.of()), SaveMode.REPLACE);
    fixture.store().save(ProfileName.of("abroad"), JournalProfiles.decision("Abroad or home",
        Optional.empty(), JournalProfiles.steps(
            new NextStep("Book the visa consultation", TODAY),
            new NextStep("Email the Berlin team", TODAY.minusDays(1))),
        List.of()), SaveMode.REPLACE);
    fixture.store().save(ProfileName.of("bare"), JournalProfiles.due("No plan"), SaveMode.REPLACE);
    return fixture;
  }

  @Test
  void overdueStepsComeFirstWithHowOverdueThenTheRestByDate() {
    ProfileFixture fixture = withSteps(new ProfileFixture(home));

    SubcommandRun run = fixture.run(NextCommand::new, "--width", "120");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String out = run.out();
    assertThat(out).contains("Overdue (2)", "Coming up (2)", "3 days overdue", "1 day overdue",
        "today", "in 6 days");
    assertThat(out.indexOf("Read ten current")).isLessThan(out.indexOf("Email the Berlin"));
    assertThat(out.indexOf("Email the Berlin")).isLessThan(out.indexOf("Coming up"));
    assertThat(out.indexOf("Book the visa")).isLessThan(out.indexOf("Ask two of the lab"));
    assertThat(out).contains("crossroads show NAME");
  }

  @Test
  void everyLineFitsEightyColumnsInEnglishAndKorean() {
    for (ProfileFixture fixture : List.of(withSteps(new ProfileFixture(home.resolve("en"))),
        withSteps(new ProfileFixture(home.resolve("ko")).inKorean()))) {
      SubcommandRun run = fixture.run(NextCommand::new, "--width", "80");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      for (String line : run.out().split("\n")) {
        assertThat(DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(80);
      }
    }
  }

  @Test
  void inKoreanTheWordsAreKoreanAndTheDaysCounted() {
    SubcommandRun run = withSteps(new ProfileFixture(home).inKorean()).run(NextCommand::new);

    assertThat(run.out()).contains("날짜가 지난 할 일 (2)", "다가오는 할 일 (2)", "3일 지남", "오늘",
        "6일 뒤");
  }

  @Test
  void withNoStepsAnywhereItSaysHowToAddThem() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.store().save(ProfileName.of("bare"), JournalProfiles.due("No plan"), SaveMode.REPLACE);

    SubcommandRun run = fixture.run(NextCommand::new);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("No saved decision has next steps yet", "crossroads edit NAME");
    assertThat(new ProfileFixture(home.resolve("empty")).inKorean().run(NextCommand::new).out())
        .contains("저장한 결정에 아직 다음 할 일이 없어요");
  }

  @Test
  void anUnreadableProfileIsCountedRatherThanLeftOutSilently() {
    ProfileFixture fixture = withSteps(new ProfileFixture(home));
    fixture.corrupt("broken");

    assertThat(fixture.run(NextCommand::new).out())
        .contains("One profile could not be read and is not listed");
  }

  @Test
  void theCommandIsOnTheCommandLine() {
    CommandRun run = CommandRun.of(java.util.Map.of("LANG", "en_US.UTF-8", "CROSSROADS_HOME",
        home.toString()), "next");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("No saved decision has next steps yet");
  }
}
