package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Decision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store never drops a profile's money plan, whoever saves the decision. */
class ProfileStoreMoneyTest {
  private static final Path MONEY = Path.of("src/test/resources/profiles/money.json");

  @Test
  void anImportedProfileKeepsItsMoneyPlan(@TempDir Path home) throws IOException {
    ProfileStore store = TestStores.in(home);
    ProfileName name = ProfileName.of("money");

    store.save(name, store.readProfileFile(MONEY), SaveMode.CREATE);

    String saved = Files.readString(store.paths().profile(name), StandardCharsets.UTF_8);
    assertThat(saved).contains("\"money\"");
    assertThat(store.load(name).profile().money()).isPresent();
  }

  @Test
  void savingAChangedDecisionOverAProfileKeepsItsMoneyPlan(@TempDir Path home) {
    ProfileStore store = TestStores.in(home);
    ProfileName name = ProfileName.of("money");
    store.save(name, store.readProfileFile(MONEY), SaveMode.CREATE);
    Decision loaded = store.load(name).decision();

    store.save(name, loaded.withScenarios(java.util.List.of()), SaveMode.REPLACE);

    StoredProfile again = store.load(name);
    assertThat(again.profile().money()).isPresent();
    assertThat(again.profile().money().get().models()).containsOnlyKeys(
        store.readProfileFile(MONEY).money().get().models().keySet().toArray(String[]::new));
  }
}
