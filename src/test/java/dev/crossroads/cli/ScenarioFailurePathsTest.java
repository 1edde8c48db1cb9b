package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Scenario;
import dev.crossroads.store.ProfileLock;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.SaveMode;
import dev.crossroads.store.TestProfiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way the scenario and compare commands can fail on the profile they are given: a clear
 * message, the right exit code, no stack trace, and the file exactly as it was.
 */
class ScenarioFailurePathsTest {
  @TempDir Path home;

  /** A command, and its arguments with {@code P} standing for the profile under test. */
  record Case(String name, Function<ProfileCommandContext, Object> command, List<String> args, boolean writes) {
    String[] argsFor(String profile) {
      return args.stream().map(a -> a.equals("P") ? profile : a).toArray(String[]::new);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "scenario add",
            ctx -> new ScenarioAddCommand(ctx, Optional.empty()),
            List.of("P", "x", "--set", "weight.growth=50"),
            true),
        new Case("scenario remove", ScenarioRemoveCommand::new, List.of("P", "s", "--yes"), true),
        new Case("scenario list", ScenarioListCommand::new, List.of("P"), false),
        new Case("compare", CompareCommand::new, List.of("P"), false),
        new Case("compare --with", CompareCommand::new, List.of("good", "--with", "P"), false));
  }

  static Stream<Case> writers() {
    return cases().filter(Case::writes);
  }

  private ProfileFixture fixture() {
    ProfileFixture fixture = new ProfileFixture(home);
    fixture
        .store()
        .save(
            ProfileName.of("good"),
            TestProfiles.decision("Good")
                .withScenarios(List.of(new Scenario("s", "", Optional.empty(), Map.of()))),
            SaveMode.REPLACE);
    return fixture;
  }

  private static void noStackTrace(SubcommandRun run) {
    assertThat(run.err()).doesNotContain("\tat ", "Exception");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aMissingProfileIsNoInput(Case c) {
    SubcommandRun run = fixture().run(c.command(), c.argsFor("nobody"));
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.NO_INPUT);
    assertThat(run.err()).contains("nobody");
    noStackTrace(run);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aBadNameIsAUsageError(Case c) {
    // Not a path (no slash, no .json), so compare --with takes it as a profile's name too.
    SubcommandRun run = fixture().run(c.command(), c.argsFor(".hidden"));
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains(".hidden");
    noStackTrace(run);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aCorruptFileIsInvalidDataAndStaysExactlyAsItWas(Case c) {
    ProfileFixture fixture = fixture();
    Path file = fixture.corrupt("broken");
    byte[] before = ProfileFixture.bytes(file);

    SubcommandRun run = fixture.run(c.command(), c.argsFor("broken"));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.DATA);
    assertThat(run.err()).contains("broken.json");
    noStackTrace(run);
    assertThat(ProfileFixture.bytes(file)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aProfileFromANewerVersionIsInvalidDataAndStaysExactlyAsItWas(Case c) {
    ProfileFixture fixture = fixture();
    Path file = fixture.fromTheFuture("future");
    byte[] before = ProfileFixture.bytes(file);

    SubcommandRun run = fixture.run(c.command(), c.argsFor("future"));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.DATA);
    assertThat(run.err()).contains("newer crossroads");
    noStackTrace(run);
    assertThat(ProfileFixture.bytes(file)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void aProfileLockedByAnotherProcessIsLeftAlone(Case c) {
    ProfileFixture fixture = fixture();
    Path file = fixture.store().paths().profile(ProfileName.of("good"));
    byte[] before = ProfileFixture.bytes(file);

    try (ProfileLock held = fixture.lock("good")) {
      SubcommandRun run = fixture.run(c.command(), c.argsFor("good"));
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.TEMPORARY);
      assertThat(run.err()).contains("being changed by another crossroads");
      noStackTrace(run);
    }
    assertThat(ProfileFixture.bytes(file)).isEqualTo(before);
  }

  @Test
  void anUnknownScenarioIsAUsageErrorForCompareAndRemove() {
    ProfileFixture fixture = fixture();
    SubcommandRun compare = fixture.run(CompareCommand::new, "good", "nope");
    assertThat(compare.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(compare.err()).contains("No scenario named \"nope\" in good");

    SubcommandRun remove = fixture.run(ScenarioRemoveCommand::new, "good", "nope", "--yes");
    assertThat(remove.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(remove.err()).contains("nope");
  }

  @Test
  void aDuplicateScenarioCannotBeCreated() {
    ProfileFixture fixture = fixture();
    SubcommandRun run =
        fixture.run(
            ctx -> new ScenarioAddCommand(ctx, Optional.empty()), "good", "s", "--set", "weight.pay=1");
    assertThat(run.exitCode()).isEqualTo(ExitCode.CANT_CREATE);
    assertThat(fixture.load("good").scenarios()).hasSize(1);
  }

  @Test
  void aBlankScenarioNameIsAUsageError() {
    SubcommandRun run =
        fixture().run(
            ctx -> new ScenarioAddCommand(ctx, Optional.empty()), "good", " ", "--set", "weight.pay=1");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void removeAnsweredNoKeepsTheScenario() {
    ProfileFixture fixture = fixture().answering(false);
    SubcommandRun run = fixture.run(ScenarioRemoveCommand::new, "good", "s");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Kept scenario \"s\"");
    assertThat(fixture.questions).singleElement().asString().contains("Remove scenario \"s\"");
    assertThat(fixture.load("good").scenarios()).hasSize(1);
  }

  @Test
  void removeAnsweredYesRemovesItAndKeepsABackup() {
    ProfileFixture fixture = fixture().answering(true);
    SubcommandRun run = fixture.run(ScenarioRemoveCommand::new, "good", "s");
    assertThat(run.exitCode()).isZero();
    assertThat(fixture.load("good").scenarios()).isEmpty();
    assertThat(fixture.store().backups(ProfileName.of("good"))).isNotEmpty();
  }
}
