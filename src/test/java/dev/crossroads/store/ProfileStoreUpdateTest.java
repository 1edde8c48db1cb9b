package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read-change-write under the lock never loses what another save wrote in between. */
class ProfileStoreUpdateTest {
  private static final Path EXAMPLE = Path.of("src/test/resources/cli/issue-example.json");
  private final ProfileName name = ProfileName.of("grad");

  private static Decision withScenario(Decision d, String scenario) {
    List<Scenario> all = new ArrayList<>(d.scenarios());
    all.add(new Scenario(scenario, "", Optional.empty(), Map.of()));
    return d.withScenarios(all);
  }

  @Test
  void anUpdateAppliesToTheProfileAsItIsOnDiskNotAsItWasRead(@TempDir Path home) {
    ProfileStore store = TestStores.in(home);
    store.save(name, store.readProfileFile(EXAMPLE), SaveMode.CREATE);
    Decision readEarlier = store.load(name).profile().decision();

    // Another process saves a scenario after this one read the profile.
    store.save(name, withScenario(readEarlier, "theirs"), SaveMode.REPLACE);
    store.update(name, current -> withScenario(current, "mine"));

    assertThat(store.load(name).profile().decision().scenarios())
        .extracting(Scenario::name)
        .containsExactly("theirs", "mine");
  }

  @Test
  void aChangeThatFailsWritesNothing(@TempDir Path home) throws IOException {
    ProfileStore store = TestStores.in(home);
    store.save(name, store.readProfileFile(EXAMPLE), SaveMode.CREATE);
    byte[] before = Files.readAllBytes(store.paths().profile(name));

    assertThatThrownBy(
            () ->
                store.update(
                    name,
                    current -> {
                      throw new Problem(Problem.Kind.USAGE, Message.of("cli.set.form"));
                    }))
        .isInstanceOf(Problem.class);

    assertThat(Files.readAllBytes(store.paths().profile(name))).isEqualTo(before);
    assertThat(store.backups(name)).isEmpty();
  }

  @Test
  void updatingAMissingProfileIsNoInput(@TempDir Path home) {
    ProfileStore store = TestStores.in(home);
    assertThatThrownBy(() -> store.update(name, d -> d))
        .isInstanceOfSatisfying(
            Problem.class, f -> assertThat(f.kind()).isEqualTo(Problem.Kind.MISSING));
  }
}
