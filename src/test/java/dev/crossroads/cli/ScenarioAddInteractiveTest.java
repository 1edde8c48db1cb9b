package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Scenario;
import dev.crossroads.decision.WeightInput;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scenario add on a terminal without --set: one change a line, asked again after a bad one. */
class ScenarioAddInteractiveTest {
  @TempDir Path home;
  private ProfileFixture fixture;
  private Path file;
  private final List<String> prompts = new ArrayList<>();

  @BeforeEach
  void aStoredProfile() {
    fixture = new ProfileFixture(home);
    file = fixture.save("job", "Job");
  }

  /** Types the given lines; after the last one the input ends, as after Ctrl-D. */
  private SubcommandRun typing(List<String> lines, String... args) {
    Deque<String> typed = new ArrayDeque<>(lines);
    LinePrompt prompt =
        text -> {
          prompts.add(text);
          return Optional.ofNullable(typed.poll());
        };
    return fixture.run(ctx -> new ScenarioAddCommand(ctx, Optional.of(prompt)), args);
  }

  @Test
  void changesTypedOneALineAreSavedWithTheDescription() {
    SubcommandRun run =
        typing(List.of("weight.growth=30", "rating.grad.pay=5..6", "", "If pay matters more"), "job", "pay");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("What changes in scenario \"pay\"?", "growth=60, pay=40", "    grad  Grad school")
        .contains("Added scenario \"pay\"");
    Scenario saved = fixture.load("job").scenario("pay").orElseThrow();
    assertThat(saved.description()).isEqualTo("If pay matters more");
    assertThat(saved.weights()).contains(new WeightInput.Points(Map.of("growth", 30.0, "pay", 40.0)));
    assertThat(saved.ratings().get("grad").get("pay").high()).isEqualTo(6);
  }

  @Test
  void aChangeThatDoesNotFitIsExplainedAndAskedAgain() {
    SubcommandRun run =
        typing(List.of("rating.grad.pay=11", "--set weight.pay=70", "", ""), "job", "pay");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("--set rating.grad.pay=11: outside the scale 1..10");
    Scenario saved = fixture.load("job").scenario("pay").orElseThrow();
    assertThat(saved.ratings()).isEmpty();
    assertThat(saved.description()).isEmpty();
    assertThat(prompts.stream().filter(p -> p.equals("> "))).hasSize(3);
  }

  @Test
  void aDescriptionGivenAsAnOptionIsNotAskedFor() {
    typing(List.of("weight.pay=70", ""), "job", "pay", "--description", "Given");
    assertThat(fixture.load("job").scenario("pay").orElseThrow().description()).isEqualTo("Given");
    assertThat(prompts).allMatch(p -> p.equals("> "));
  }

  @Test
  void endOfInputStopsWithoutSavingAnything() {
    byte[] before = ProfileFixture.bytes(file);

    SubcommandRun run = typing(List.of("weight.growth=30"), "job", "pay");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
    assertThat(run.err()).contains("nothing was saved");
    assertThat(ProfileFixture.bytes(file)).isEqualTo(before);
  }

  @Test
  void endOfInputAtTheDescriptionStillSavesNothing() {
    byte[] before = ProfileFixture.bytes(file);
    SubcommandRun run = typing(List.of("weight.growth=30", ""), "job", "pay");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
    assertThat(ProfileFixture.bytes(file)).isEqualTo(before);
  }

  @Test
  void noChangeAtAllSavesNothing() {
    byte[] before = ProfileFixture.bytes(file);

    SubcommandRun run = typing(List.of(""), "job", "pay");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("No change given; nothing was saved.");
    assertThat(ProfileFixture.bytes(file)).isEqualTo(before);
  }

  @Test
  void koreanPromptsWhenTheLanguageIsKorean() {
    fixture.inKorean();
    SubcommandRun run = typing(List.of("weight.pay=70", "", ""), "job", "pay");
    assertThat(run.out()).contains("시나리오 \"pay\"에서는 무엇이 달라지나요?");
  }
}
