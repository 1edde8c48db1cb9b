package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.store.ProfileLock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crossroads edit NAME} from the command line, on a real profile store: the session again
 * with the saved answers, saved over the profile with a backup, and every way it can fail.
 */
class EditCommandTest {
  private static final Map<String, String> EN = Map.of("LANG", "en_US.UTF-8");
  private static final String ANSWERS = """
      template: grad-school
      decision.title: "Master's or a job after graduation (2027)"
      decision.deadline: 2027-03-01
      gut: [masters, job, keep-open, phd]
      criteria: [growth, interest, jd-fit, money, time, optionality]
      dealbreakers: [money]
      dealbreaker.money: 30
      weights.method: pairs
      weights.pair: {growth: {interest: 2, jd-fit: 3, money: 3, time: 5, optionality: 2},
                     interest: {jd-fit: 2, money: 2, time: 3, optionality: 1},
                     jd-fit: {money: 1, time: 2, optionality: "1/2"},
                     money: {time: 2, optionality: "1/2"}, time: {optionality: "1/3"}}
      rating:
        masters:   {growth: 7, interest: "?", jd-fit: 8, money: 70, time: 2, optionality: 7}
        phd:       {growth: 8, interest: 5, jd-fit: 9, money: 30-50, time: 5, optionality: 5}
        job:       {growth: 6..8..9, interest: 8, jd-fit: 6, money: 150, time: 0, optionality: 6}
        keep-open: {growth: 4, interest: 5, jd-fit: 5, money: 20, time: 0.5, optionality: 8}
      money.view: "no"
      reflect.uncertainties: "Whether the lab I want will take me"
      save.name: grad
      """;

  @TempDir Path home;
  private Path profile;

  @BeforeEach
  void aSavedProfile() throws IOException {
    Path answers = Files.writeString(home.resolve("grad.yaml"), ANSWERS);
    CommandRun created = run("new", "--no-input", "--answers", answers.toString());
    assertThat(created.exitCode()).as(created.toString()).isZero();
    profile = home.resolve("profiles/grad.json");
    assertThat(profile).exists();
  }

  private CommandRun run(String... args) {
    return run(EN, args);
  }

  private CommandRun run(Map<String, String> env, String... args) {
    String[] all = Stream.concat(Stream.of(args), Stream.of("--home", home.toString()))
        .toArray(String[]::new);
    return CommandRun.of(env, all);
  }

  private Path backup() {
    return home.resolve("profiles/.backups/grad/1.json");
  }

  private static JsonNode json(Path file) throws IOException {
    return new ObjectMapper().readTree(file.toFile());
  }

  @Test
  void anEditWithoutChangesRewritesTheSameProfileAndKeepsTheOldOneAsABackup() throws IOException {
    byte[] before = Files.readAllBytes(profile);

    CommandRun edited = run("edit", "grad", "--no-input");

    assertThat(edited.exitCode()).as(edited.toString()).isZero();
    assertThat(edited.err()).contains("Editing the profile grad");
    assertThat(edited.out()).contains("Ranking", "Saved your changes", "grad.json");
    assertThat(Files.readAllBytes(profile)).isEqualTo(before);
    assertThat(Files.readAllBytes(backup())).isEqualTo(before);
    assertThat(home.resolve("drafts")).isEmptyDirectory();
  }

  @Test
  void anAnswersFileChangesJustWhatItNames() throws IOException {
    Path changes = Files.writeString(home.resolve("changes.yaml"), """
        rating.job.growth: 3
        weights.pair.growth.interest: 1/3
        """);

    CommandRun edited = run("edit", "grad", "--no-input", "--answers", changes.toString());

    assertThat(edited.exitCode()).as(edited.toString()).isZero();
    JsonNode after = json(profile);
    JsonNode before = json(backup());
    assertThat(after.at("/ratings/job/growth").asDouble()).isEqualTo(3);
    assertThat(before.at("/ratings/job/growth/likely").asDouble()).isEqualTo(8);
    ((com.fasterxml.jackson.databind.node.ObjectNode) after.at("/ratings/job"))
        .set("growth", before.at("/ratings/job/growth"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) after).set("weights", before.get("weights"));
    assertThat(after).isEqualTo(before);
  }

  @Test
  void reviewWithAnAnswersFileStillTakesEveryAnswerFromTheFile() throws IOException {
    Path changes = Files.writeString(home.resolve("changes.yaml"), "decision.title: Second look\n");

    CommandRun edited = run("edit", "grad", "--review", "--no-input", "--answers",
        changes.toString());

    assertThat(edited.exitCode()).as(edited.toString()).isZero();
    assertThat(edited.err()).doesNotContain("no question asked for");
    assertThat(json(profile).get("title").asText()).isEqualTo("Second look");
  }

  @Test
  void aProfileThatDoesNotExistIsNoInput() {
    CommandRun edited = run("edit", "nothing-here", "--no-input");
    assertThat(edited.exitCode()).isEqualTo(ExitCode.NO_INPUT);
    assertThat(edited.err()).contains("nothing-here").doesNotContain("\tat ");
  }

  @Test
  void aBadNameIsAUsageError() {
    CommandRun edited = run("edit", "../grad", "--no-input");
    assertThat(edited.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(edited.err()).contains("/").doesNotContain("\tat ");
  }

  @Test
  void withoutANameItSaysHowToNameOne() {
    CommandRun edited = run("edit");
    assertThat(edited.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(edited.err()).contains("NAME");
  }

  @Test
  void aDamagedProfileIsADataErrorAndIsLeftAlone() throws IOException {
    Files.writeString(profile, "{\"schemaVersion\": 1, \"title\": ");
    byte[] before = Files.readAllBytes(profile);

    CommandRun edited = run("edit", "grad", "--no-input");

    assertThat(edited.exitCode()).isEqualTo(ExitCode.DATA);
    assertThat(edited.err()).contains("grad.json").doesNotContain("\tat ");
    assertThat(Files.readAllBytes(profile)).isEqualTo(before);
  }

  @Test
  void aProfileFromANewerVersionIsRefused() throws IOException {
    String text = Files.readString(profile).replace("\"schemaVersion\": 1", "\"schemaVersion\": 9");
    Files.writeString(profile, text);

    CommandRun edited = run("edit", "grad", "--no-input");

    assertThat(edited.exitCode()).isEqualTo(ExitCode.DATA);
    assertThat(edited.err()).contains("newer crossroads");
    assertThat(Files.readString(profile)).isEqualTo(text);
  }

  @Test
  void aProfileLockedByAnotherProcessIsNotOverwrittenAndTheEditIsKeptAsADraft()
      throws IOException {
    byte[] before = Files.readAllBytes(profile);
    Path changes = Files.writeString(home.resolve("changes.yaml"), "rating.job.growth: 3\n");
    CommandRun edited;
    try (ProfileLock held = new ProfileFixture(home).lock("grad")) {
      edited = run("edit", "grad", "--no-input", "--answers", changes.toString());
    }

    assertThat(edited.exitCode()).as(edited.toString()).isEqualTo(ExitCode.TEMPORARY);
    assertThat(edited.err()).contains("being changed by another crossroads", "crossroads resume");
    assertThat(Files.readAllBytes(profile)).isEqualTo(before);
    List<Path> drafts;
    try (Stream<Path> s = Files.list(home.resolve("drafts"))) {
      drafts = s.toList();
    }
    assertThat(drafts).hasSize(1);

    // Once the other process is done, resume finishes the edit over the same profile.
    CommandRun resumed = run("resume", "--no-input");
    assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
    assertThat(json(profile).at("/ratings/job/growth").asDouble()).isEqualTo(3);
  }

  @Test
  void aMoneyPlanTheQuestionsCannotExpressIsCarriedOverAsItIs() throws IOException {
    Path file = home.resolve("money.json");
    try (InputStream in = getClass().getResourceAsStream("/profiles/money.json")) {
      Files.copy(in, file);
    }
    assertThat(run("import", file.toString(), "--name", "money").exitCode()).isZero();
    Path saved = home.resolve("profiles/money.json");
    JsonNode before = json(saved);

    CommandRun edited = run("edit", "money", "--no-input");

    assertThat(edited.exitCode()).as(edited.toString()).isZero();
    assertThat(edited.err()).contains("The money plan holds figures", "kept as it is");
    assertThat(json(saved).get("money")).isEqualTo(before.get("money"));
    assertThat(json(saved).get("weights")).isEqualTo(before.get("weights"));
  }

  @Test
  void aHandWrittenProfileKeepsItsOwnCriteriaNegativeFiguresAndMostLikelyValues()
      throws IOException {
    Path file = home.resolve("hand.json");
    try (InputStream in = getClass().getResourceAsStream("/cli/grad-school.json")) {
      Files.copy(in, file);
    }
    assertThat(run("import", file.toString(), "--name", "hand").exitCode()).isZero();
    Path saved = home.resolve("profiles/hand.json");
    JsonNode before = json(saved);

    CommandRun edited = run("edit", "hand", "--no-input");

    assertThat(edited.exitCode()).as(edited.toString()).isZero();
    JsonNode after = json(saved);
    for (String field : List.of("title", "options", "criteria", "weights", "ratings", "gates",
        "scenarios", "template", "deadline", "reviewDate", "gutRanking")) {
      assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
    }
  }

  @Test
  void aKoreanProfileIsEditedInKoreanAndTheHelpListsTheCommand() {
    CommandRun help = run(Map.of("LANG", "ko_KR.UTF-8"), "edit", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("저장한 결정을 고칩니다", "--review");

    CommandRun english = CommandRun.of(EN, "--help");
    assertThat(english.out()).contains("edit");

    CommandRun edited = run(Map.of("LANG", "ko_KR.UTF-8"), "--lang", "ko", "edit", "grad",
        "--no-input");
    assertThat(edited.exitCode()).as(edited.toString()).isZero();
    assertThat(edited.err()).contains("프로필 grad 고치기");
    assertThat(edited.out()).contains("바뀐 내용을 저장했습니다");
  }
}
