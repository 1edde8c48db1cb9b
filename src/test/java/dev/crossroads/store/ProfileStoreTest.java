package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
  @TempDir Path home;

  private ProfileStore store() {
    return TestStores.in(home);
  }

  private static ProfileName name(String value) {
    return ProfileName.of(value);
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

  @Test
  void aSavedProfileLoadsBackAsTheSameDecision() {
    ProfileStore store = store();
    store.save(name("대학원"), TestProfiles.decision("대학원 vs 취업"), SaveMode.CREATE);
    StoredProfile loaded = store.load(name("대학원"));
    assertThat(loaded.decision()).isEqualTo(TestProfiles.decision("대학원 vs 취업"));
    assertThat(loaded.file()).isEqualTo(home.resolve("profiles/daehakwon-9986b156.json"));
  }

  @Test
  void theNameIsKeptInsideTheFileSecondAfterTheFormatVersion() throws Exception {
    ProfileStore store = store();
    store.save(name("대학원"), TestProfiles.decision("t"), SaveMode.CREATE);
    List<String> lines = Files.readAllLines(store.paths().profile(name("대학원")));
    assertThat(lines.subList(0, 3))
        .containsExactly("{", "  \"schemaVersion\": 1,", "  \"name\": \"대학원\",");
  }

  @Test
  void savingAgainKeepsThePreviousVersionAsTheNewestBackup() throws Exception {
    ProfileStore store = store();
    store.save(name("job"), TestProfiles.decision("first"), SaveMode.CREATE);
    String first = Files.readString(store.paths().profile(name("job")));
    store.save(name("job"), TestProfiles.decision("second"), SaveMode.REPLACE);
    assertThat(store.load(name("job")).decision().title()).isEqualTo("second");
    assertThat(store.backups(name("job"))).hasSize(1);
    assertThat(Files.readString(store.backups(name("job")).get(0))).isEqualTo(first);
  }

  @Test
  void creatingOverAnExistingProfileIsRefusedAndChangesNothing() throws Exception {
    ProfileStore store = store();
    store.save(name("job"), TestProfiles.decision("first"), SaveMode.CREATE);
    byte[] before = Files.readAllBytes(store.paths().profile(name("job")));
    assertFailure(
        () -> store.save(name("job"), TestProfiles.decision("second"), SaveMode.CREATE),
        Problem.Kind.CANNOT_CREATE,
        "profiles.exists");
    assertThat(Files.readAllBytes(store.paths().profile(name("job")))).isEqualTo(before);
    assertThat(store.backups(name("job"))).isEmpty();
  }

  @Test
  void aMissingProfileIsNoInput() {
    assertFailure(() -> store().load(name("nope")), Problem.Kind.MISSING, "profiles.notFound");
    assertFailure(() -> store().delete(name("nope")), Problem.Kind.MISSING, "profiles.notFound");
    assertFailure(
        () -> store().rename(name("nope"), name("other")), Problem.Kind.MISSING, "profiles.notFound");
    assertFailure(
        () -> store().readFile(home.resolve("nowhere.json")),
        Problem.Kind.MISSING,
        "profiles.fileNotFound");
  }

  @Test
  void aDamagedProfileIsReportedUntouchedAndTheMessagePointsAtItsBackup() throws Exception {
    ProfileStore store = store();
    store.save(name("job"), TestProfiles.decision("first"), SaveMode.CREATE);
    store.save(name("job"), TestProfiles.decision("second"), SaveMode.REPLACE);
    Path file = store.paths().profile(name("job"));
    Files.writeString(file, "{\"schemaVersion\": 1, \"title\": ");
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> store.load(name("job")))
        .isInstanceOfSatisfying(
            Problem.class,
            f -> {
              assertThat(f.kind()).isEqualTo(Problem.Kind.BAD_DATA);
              assertThat(f.userMessage().key()).isEqualTo("profiles.damaged");
              assertThat(f.userMessage().args())
                  .contains(store.backups(name("job")).get(0).toString(), "job");
            });
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aProfileFromANewerCrossroadsIsRefusedAndLeftAsItWas() throws Exception {
    ProfileStore store = store();
    Files.createDirectories(store.paths().profilesDir());
    Path file = store.paths().profile(name("future"));
    Files.writeString(file, "{\"schemaVersion\": 7, \"title\": \"from the future\"}");
    byte[] before = Files.readAllBytes(file);
    assertFailure(() -> store.load(name("future")), Problem.Kind.BAD_DATA, "profiles.newerSchema");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void listingSortsByNameSkipsStrayFilesAndKeepsUnreadableProfilesWithTheirReason()
      throws Exception {
    ProfileStore store = store();
    store.save(name("b"), TestProfiles.decision("B"), SaveMode.CREATE);
    store.save(name("a"), TestProfiles.decision("A"), SaveMode.CREATE);
    Path dir = store.paths().profilesDir();
    Files.writeString(dir.resolve("broken.json"), "not json");
    Files.writeString(dir.resolve("notes.txt"), "not a profile");
    Files.writeString(dir.resolve(".a.json.123.tmp"), "half a write");

    List<ProfileEntry> entries = store.list();
    assertThat(entries).extracting(e -> e.name().value()).containsExactly("a", "b", "broken");
    assertThat(entries.get(0).readable()).isPresent();
    assertThat(entries.get(2)).isInstanceOf(ProfileEntry.Unreadable.class);
    // The format reader's own located message: "broken.json:1:1: ...".
    assertThat(((ProfileEntry.Unreadable) entries.get(2)).problem().key()).startsWith("store.");
  }

  @Test
  void anEmptyOrMissingFolderListsNothing() {
    assertThat(store().list()).isEmpty();
  }

  @Test
  void renamingMovesTheProfileAndItsBackups() {
    ProfileStore store = store();
    store.save(name("old"), TestProfiles.decision("v1"), SaveMode.CREATE);
    store.save(name("old"), TestProfiles.decision("v2"), SaveMode.REPLACE);
    store.rename(name("old"), name("새 이름"));
    assertThat(store.exists(name("old"))).isFalse();
    assertThat(store.load(name("새 이름")).decision().title()).isEqualTo("v2");
    assertThat(store.backups(name("새 이름"))).hasSize(1);
    assertThat(store.backups(name("old"))).isEmpty();
  }

  @Test
  void renamingOntoAnExistingProfileIsRefusedAndBothStay() {
    ProfileStore store = store();
    store.save(name("a"), TestProfiles.decision("A"), SaveMode.CREATE);
    store.save(name("b"), TestProfiles.decision("B"), SaveMode.CREATE);
    assertFailure(() -> store.rename(name("a"), name("b")), Problem.Kind.CANNOT_CREATE, "profiles.exists");
    assertFailure(() -> store.rename(name("a"), name("a")), Problem.Kind.CANNOT_CREATE, "profiles.exists");
    assertThat(store.load(name("a")).decision().title()).isEqualTo("A");
    assertThat(store.load(name("b")).decision().title()).isEqualTo("B");
  }

  @Test
  void deletingRemovesTheProfileAndItsBackups() {
    ProfileStore store = store();
    store.save(name("job"), TestProfiles.decision("v1"), SaveMode.CREATE);
    store.save(name("job"), TestProfiles.decision("v2"), SaveMode.REPLACE);
    store.delete(name("job"));
    assertThat(store.exists(name("job"))).isFalse();
    assertThat(store.backups(name("job"))).isEmpty();
    assertThat(store.list()).isEmpty();
  }

  @Test
  void everyChangeIsRefusedWhileAnotherHolderHasTheLock() throws Exception {
    ProfileStore store = store();
    store.save(name("job"), TestProfiles.decision("v1"), SaveMode.CREATE);
    byte[] before = Files.readAllBytes(store.paths().profile(name("job")));
    try (ProfileLock held = ProfileLock.acquire(store.paths().lock(name("job")), name("job"))) {
      assertFailure(
          () -> store.save(name("job"), TestProfiles.decision("v2"), SaveMode.REPLACE),
          Problem.Kind.BUSY,
          "profiles.locked");
      assertFailure(() -> store.delete(name("job")), Problem.Kind.BUSY, "profiles.locked");
      assertFailure(
          () -> store.rename(name("job"), name("x")), Problem.Kind.BUSY, "profiles.locked");
      assertFailure(
          () -> store.rename(name("a"), name("job")), Problem.Kind.BUSY, "profiles.locked");
      assertThat(store.load(name("job")).decision().title()).isEqualTo("v1");
    }
    assertThat(Files.readAllBytes(store.paths().profile(name("job")))).isEqualTo(before);
  }

  @Test
  void savingClearsTempFilesAKilledWriterLeftBehind() throws Exception {
    ProfileStore store = store();
    store.save(name("job"), TestProfiles.decision("v1"), SaveMode.CREATE);
    Path leftover = store.paths().profilesDir().resolve(".job.json.999.tmp");
    Files.writeString(leftover, "{\"half");
    store.save(name("job"), TestProfiles.decision("v2"), SaveMode.REPLACE);
    assertThat(leftover).doesNotExist();
  }

  @Test
  void aVersionZeroFileIsImportedAsTheCurrentFormat() throws Exception {
    ProfileStore store = store();
    Path old = home.resolve("old.json");
    Files.writeString(old, TestProfiles.v0Json("old"));
    store.save(name("old"), store.readFile(old), SaveMode.CREATE);
    assertThat(Files.readString(store.paths().profile(name("old"))))
        .isEqualTo(ProfileCodec.standard().toJson(Profile.of(TestProfiles.decision("old")), "old"));
  }
}
