package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.store.ProfileCodec;
import dev.crossroads.store.TestProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir Path home;

  @Test
  void printsTheProfileAsJsonAndNothingElse() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("job", "Job");
    SubcommandRun run = fixture.run(ExportCommand::new, "job", "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo(ProfileCodec.standard().toJson(TestProfiles.decision("Job")));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void jsonIsTheDefaultFormat() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("job", "Job");
    SubcommandRun run = fixture.run(ExportCommand::new, "job");
    assertThat(ProfileCodec.standard().parse(run.out(), "stdout").title()).isEqualTo("Job");
  }

  @Test
  void writesToANewFile() throws Exception {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("job", "Job");
    Path target = home.resolve("out/job.json");
    Files.createDirectories(target.getParent());
    SubcommandRun run =
        fixture.run(ExportCommand::new, "job", "-o", target.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Exported \"job\" to " + target);
    assertThat(ProfileCodec.standard().parse(Files.readString(target), target.toString()).title())
        .isEqualTo("Job");
  }

  @Test
  void neverOverwritesAnExistingFileWithoutForce() throws Exception {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("job", "Job");
    Path target = fixture.write("mine.json", "precious");
    SubcommandRun run =
        fixture.run(ExportCommand::new, "job", "-o", target.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.CANT_CREATE);
    assertThat(run.err()).contains("already exists", "--force");
    assertThat(target).hasContent("precious");

    SubcommandRun forced =
        fixture.run(ExportCommand::new, "job", "-o", target.toString(), "--force");
    assertThat(forced.exitCode()).as(forced.toString()).isZero();
    assertThat(Files.readString(target)).isEqualTo(TestProfiles.json("Job"));
  }

  @Test
  void aFolderThatDoesNotExistCannotBeWrittenTo() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("job", "Job");
    Path target = home.resolve("missing/dir/job.json");
    SubcommandRun run =
        fixture.run(ExportCommand::new, "job", "-o", target.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.CANT_CREATE);
    assertThat(run.err()).contains("Could not write");
  }

  @Test
  void anUnknownFormatIsAUsageErrorListingTheKnownOnes() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("job", "Job");
    SubcommandRun run = fixture.run(ExportCommand::new, "job", "--format", "pdf");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("no export format \"pdf\"", "Available: json");
  }

  @Test
  void aRendererPluggedInThroughTheContextBecomesAFormat() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture.save("job", "Job");
    ExportFormat markdown = new ExportFormat("md", p -> "# " + p.decision().title());
    SubcommandRun run =
        fixture.run(
            context -> new ExportCommand(context.withExportFormat(markdown)),
            "job",
            "--format",
            "md");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("# Job\n");
  }

  @Test
  void aMissingProfileExitsWithNoInputAndADamagedOneWithDataError() {
    ProfileFixture fixture = new ProfileFixture(home);
    assertThat(fixture.run(ExportCommand::new, "nope").exitCode())
        .isEqualTo(ExitCode.NO_INPUT);
    Path broken = fixture.corrupt("broken");
    byte[] before = ProfileFixture.bytes(broken);
    SubcommandRun run = fixture.run(ExportCommand::new, "broken");
    assertThat(run.exitCode()).isEqualTo(ExitCode.DATA);
    assertThat(run.out()).isEmpty();
    assertThat(ProfileFixture.bytes(broken)).isEqualTo(before);
  }

  @Test
  void aBadNameIsAUsageError() {
    SubcommandRun run = new ProfileFixture(home).run(ExportCommand::new, "..");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
