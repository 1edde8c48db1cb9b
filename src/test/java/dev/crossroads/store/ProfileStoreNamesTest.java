package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Profiles are found by the names people gave them, whatever the file system makes of those. */
class ProfileStoreNamesTest {
  @TempDir Path home;

  private ProfileStore store() {
    return TestStores.in(home);
  }

  private Path profiles() {
    return home.resolve("profiles");
  }

  private static ProfileName name(String value) {
    return ProfileName.of(value);
  }

  private static List<String> names(ProfileStore store) {
    return store.list().stream().map(e -> e.name().value()).toList();
  }

  private List<String> filesInFolder() throws Exception {
    try (Stream<Path> files = Files.list(profiles())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .toList();
    }
  }

  private static void assertFailure(Runnable action, Problem.Kind kind, String key) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            Problem.class,
            f -> {
              assertThat(f.kind()).as("kind").isEqualTo(kind);
              assertThat(f.userMessage().key()).isEqualTo(key);
            });
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 75, 100})
  void koreanNamesUpToTheLimitSaveListShowRenameAndDelete(int syllables) throws Exception {
    ProfileStore store = store();
    String korean = "대학원진학".repeat(20).substring(0, syllables);
    String renamed = "취업준비중".repeat(20).substring(0, syllables);
    assertThat(korean.getBytes(StandardCharsets.UTF_8)).hasSize(3 * syllables);

    store.save(name(korean), TestProfiles.decision("v1"), SaveMode.CREATE);
    store.save(name(korean), TestProfiles.decision("v2"), SaveMode.REPLACE);
    assertThat(names(store)).containsExactly(korean);
    assertThat(store.load(name(korean)).decision().title()).isEqualTo("v2");
    assertThat(store.backups(name(korean))).hasSize(1);
    assertThat(filesInFolder()).singleElement().asString().matches("[a-z0-9-]+\\.json");

    store.rename(name(korean), name(renamed));
    assertThat(names(store)).containsExactly(renamed);
    assertThat(store.exists(name(korean))).isFalse();
    assertThat(store.load(name(renamed)).decision().title()).isEqualTo("v2");
    assertThat(store.backups(name(renamed))).hasSize(1);

    store.delete(name(renamed));
    assertThat(store.list()).isEmpty();
    assertThat(store.backups(name(renamed))).isEmpty();
    assertThat(filesInFolder()).isEmpty();
  }

  @Test
  void aHundredAndOneCharactersIsRefusedAsAUsageError() {
    assertFailure(() -> name("가".repeat(101)), Problem.Kind.USAGE, "profiles.badName");
  }

  @Test
  void aProfileSavedUnderItsNameByAnOlderCrossroadsIsListedOpenedAndMovedByItsNextSave()
      throws Exception {
    Files.createDirectories(profiles().resolve(".backups/대학원"));
    Files.writeString(profiles().resolve("대학원.json"), TestProfiles.json("old v2"));
    Files.writeString(profiles().resolve(".backups/대학원/1.json"), TestProfiles.json("old v1"));
    ProfileStore store = store();

    assertThat(names(store)).containsExactly("대학원");
    assertThat(store.load(name("대학원")).decision().title()).isEqualTo("old v2");
    assertThat(store.backups(name("대학원"))).hasSize(1);
    assertThat(filesInFolder()).containsExactly("대학원.json"); // reading moves nothing

    store.save(name("대학원"), TestProfiles.decision("new"), SaveMode.REPLACE);
    assertThat(filesInFolder()).containsExactly("daehakwon-9986b156.json");
    assertThat(profiles().resolve(".backups/대학원")).doesNotExist();
    assertThat(store.backups(name("대학원")))
        .extracting(p -> ProfileCodec.standard().parse(Files.readString(p), "").title())
        .containsExactly("old v2", "old v1");
    assertThat(names(store)).containsExactly("대학원");
  }

  @Test
  void anOlderProfileIsRenamedAndDeletedWithItsBackups() throws Exception {
    Files.createDirectories(profiles().resolve(".backups/Job Offer"));
    Files.writeString(profiles().resolve("Job Offer.json"), TestProfiles.json("offer"));
    Files.writeString(profiles().resolve(".backups/Job Offer/1.json"), TestProfiles.json("v0"));
    Files.writeString(profiles().resolve("취업.json"), TestProfiles.json("job"));
    ProfileStore store = store();

    store.rename(name("Job Offer"), name("오퍼"));
    assertThat(names(store)).containsExactly("오퍼", "취업");
    assertThat(store.backups(name("오퍼"))).hasSize(1);
    assertThat(profiles().resolve(".backups/Job Offer")).doesNotExist();

    store.delete(name("취업"));
    assertThat(names(store)).containsExactly("오퍼");
    assertThat(filesInFolder()).containsExactly("opeo-" + FileStem.hash("오퍼") + ".json");
  }

  @Test
  void aRenameKeepsAnOlderFormatAndUnknownFieldsAsTheyWere() throws Exception {
    String v0 = TestProfiles.v0Json("old").replaceFirst("\\{", "{\"futureField\": [1, 2],");
    Files.createDirectories(profiles());
    Files.writeString(profiles().resolve("old.json"), v0);
    ProfileStore store = store();

    store.rename(name("old"), name("옛날"));
    String renamed = Files.readString(store.paths().profile(name("옛날")));
    assertThat(renamed).contains("\"schemaVersion\": 0", "\"futureField\": [1, 2]");
    assertThat(store.load(name("옛날")).decision().title()).isEqualTo("old");
  }

  @Test
  void aProfileThatIsNotJsonCannotBeRenamedAndStaysAsItWas() throws Exception {
    ProfileStore store = store();
    store.save(name("대학원"), TestProfiles.decision("t"), SaveMode.CREATE);
    Path file = store.paths().profile(name("대학원"));
    Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"대학원\", \"title\": ");

    assertThat(names(store)).containsExactly("대학원"); // the name before the damage still counts
    assertFailure(() -> store.rename(name("대학원"), name("x")), Problem.Kind.BAD_DATA, "store.at");
    assertThat(Files.readString(file)).endsWith("\"title\": ");
    assertThat(store.exists(name("x"))).isFalse();
  }

  @Test
  void composedAndDecomposedHangulNameTheSameProfileOldFilesIncluded() throws Exception {
    String nfd = Normalizer.normalize("취업", Normalizer.Form.NFD);
    Files.createDirectories(profiles());
    Files.writeString(profiles().resolve(nfd + ".json"), TestProfiles.json("from a Mac"));
    ProfileStore store = store();

    assertThat(names(store)).containsExactly("취업");
    assertThat(store.load(name(nfd)).decision().title()).isEqualTo("from a Mac");
    assertFailure(
        () -> store.save(name("취업"), TestProfiles.decision("again"), SaveMode.CREATE),
        Problem.Kind.CANNOT_CREATE,
        "profiles.exists");
    store.save(name(nfd), TestProfiles.decision("again"), SaveMode.REPLACE);
    assertThat(filesInFolder()).containsExactly("chwieop-2be46a8d.json");
  }

  @Test
  void namesDifferingOnlyInCaseAreTwoProfilesInTwoFiles() throws Exception {
    ProfileStore store = store();
    store.save(name("grad"), TestProfiles.decision("lower"), SaveMode.CREATE);
    store.save(name("Grad"), TestProfiles.decision("capital"), SaveMode.CREATE);
    assertThat(names(store)).containsExactly("Grad", "grad");
    assertThat(store.load(name("Grad")).decision().title()).isEqualTo("capital");
    assertThat(store.load(name("grad")).decision().title()).isEqualTo("lower");
    assertThat(filesInFolder()).containsExactly("grad-d1c58652.json", "grad.json");
  }

  @Test
  void namesThatSlugAlikeDoNotCollide() {
    ProfileStore store = store();
    List<String> alike = List.of("가나", "간아", "grad school", "Grad School", "grad-school!");
    for (String n : alike) {
      store.save(name(n), TestProfiles.decision(n), SaveMode.CREATE);
    }
    assertThat(names(store)).containsExactlyInAnyOrderElementsOf(alike);
    for (String n : alike) {
      assertThat(store.load(name(n)).decision().title()).isEqualTo(n);
    }
  }

  @Test
  void aNameWhoseFileHoldsAnotherProfileIsRefusedAndTheOtherIsKept() throws Exception {
    ProfileStore store = store();
    store.save(name("대학원"), TestProfiles.decision("mine"), SaveMode.CREATE);
    // A plain name typed to match that file's name: the one way two names meet in one file.
    ProfileName lookalike = name("daehakwon-9986b156");
    assertThat(store.exists(lookalike)).isFalse();
    assertFailure(
        () -> store.save(lookalike, TestProfiles.decision("other"), SaveMode.REPLACE),
        Problem.Kind.CANNOT_CREATE,
        "profiles.fileTaken");
    store.save(name("job"), TestProfiles.decision("job"), SaveMode.CREATE);
    assertFailure(
        () -> store.rename(name("job"), lookalike), Problem.Kind.CANNOT_CREATE, "profiles.fileTaken");
    assertFailure(() -> store.delete(lookalike), Problem.Kind.MISSING, "profiles.notFound");
    assertThat(store.load(name("대학원")).decision().title()).isEqualTo("mine");
    assertThat(store.load(name("job")).decision().title()).isEqualTo("job");
  }

  @Test
  void aFileCopiedInByHandIsTheProfileItsFileNameSays() throws Exception {
    ProfileStore store = store();
    store.save(name("대학원"), TestProfiles.decision("t"), SaveMode.CREATE);
    Files.copy(store.paths().profile(name("대학원")), profiles().resolve("copy.json"));
    assertThat(names(store)).containsExactly("copy", "대학원");
    store.save(name("copy"), TestProfiles.decision("changed"), SaveMode.REPLACE);
    assertThat(Files.readString(profiles().resolve("copy.json"))).contains("\"name\": \"copy\"");
    assertThat(store.load(name("대학원")).decision().title()).isEqualTo("t");
  }

  @Test
  void afterACrashMidMoveTheProfileIsListedOnceFromItsNewFileAndDeletedEverywhere()
      throws Exception {
    ProfileStore store = store();
    store.save(name("대학원"), TestProfiles.decision("new"), SaveMode.CREATE);
    Files.writeString(profiles().resolve("대학원.json"), TestProfiles.json("old"));

    assertThat(names(store)).containsExactly("대학원");
    assertThat(store.load(name("대학원")).decision().title()).isEqualTo("new");
    store.delete(name("대학원"));
    assertThat(store.list()).isEmpty();
    assertThat(filesInFolder()).isEmpty();
  }

  @Test
  void aNameThatArrivedGarbledIsRefusedWithTheLocaleAsTheReason() {
    // What Java makes of "대학원" typed in a UTF-8 terminal when the locale is LC_ALL=C.
    String garbled = "\uFFFD".repeat(9);
    assertThatThrownBy(() -> name(garbled))
        .isInstanceOfSatisfying(
            Problem.class,
            f -> {
              assertThat(f.kind()).isEqualTo(Problem.Kind.USAGE);
              assertThat(f.userMessage().args())
                  .contains(dev.crossroads.Message.of("profiles.badName.garbled"));
            });
  }
}
