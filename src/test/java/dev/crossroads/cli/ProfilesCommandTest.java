package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.DisplayWidth;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesCommandTest {
  @TempDir Path home;

  @Test
  void listsEachProfileByNameWithTitleLastChangeAndADashUntilThereIsAWinner() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("job", "Startup or big company");
    fixture.save("grad", "Grad school or job");
    SubcommandRun run = fixture.run(ProfilesCommand::new);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("NAME").contains("TITLE", "LAST CHANGE", "WINNER");
    assertThat(lines.get(1)).startsWith("grad").contains("Grad school or job").endsWith("-");
    assertThat(lines.get(2)).startsWith("job").contains("Startup or big company");
    assertThat(lines.get(1)).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void showsTheWinnerTheAnalysisNames() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("job", "Startup or big company");
    SubcommandRun run =
        fixture.run(
            context ->
                new ProfilesCommand(context.withWinner(d -> d.options().get(0).label())));
    assertThat(run.out().lines().toList().get(1)).endsWith("Grad school");
  }

  @Test
  void withNoProfilesSaysWhereTheyWillBeKept() {
    ProfileFixture fixture = new ProfileFixture(home);
    SubcommandRun run = fixture.run(ProfilesCommand::new);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("No profiles yet", home.resolve("profiles").toString());
  }

  @Test
  void aDamagedProfileIsListedAsUnreadableWithoutHidingTheOthersOrChangingIt() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("good", "Fine");
    Path broken = fixture.corrupt("broken");
    byte[] before = ProfileFixture.bytes(broken);
    SubcommandRun run = fixture.run(ProfilesCommand::new);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("broken", "cannot be read", "good", "Fine");
    assertThat(ProfileFixture.bytes(broken)).isEqualTo(before);
  }

  @Test
  void koreanTitlesKeepTheColumnsAlignedByDisplayWidth() {
    ProfileFixture fixture = new ProfileFixture(home).inKorean();
    fixture.save("a", "대학원 진학 vs 취업");
    fixture.save("b", "Job change");
    SubcommandRun run = fixture.run(ProfilesCommand::new);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("이름").contains("제목", "마지막 수정", "지금 1위");
    // The date column starts at the same display column on every row.
    int header = DisplayWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("마지막 수정")));
    for (String row : lines.subList(1, lines.size())) {
      int at = row.indexOf("20");
      assertThat(DisplayWidth.of(row.substring(0, at))).as(row).isEqualTo(header);
    }
  }
}
