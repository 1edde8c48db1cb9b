package dev.crossroads.session;

import dev.crossroads.session.files.AnswersWriter;
import dev.crossroads.session.files.AnswersFile;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.SessionEnd;

import static dev.crossroads.session.Harness.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.Problem;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Rating;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswersFileTest {
  @TempDir Path home;

  private String message(Problem f) {
    return new Harness(home, "en").messages().get(f.userMessage());
  }

  @Test
  void aYamlFileIsReadWithNestedKeysListsNumbersAndQuotedQuestionMarks() throws Exception {
    Path file = home.resolve("answers.yaml");
    Files.writeString(file, String.join("\n",
        "template: grad",
        "gut: [job, masters, keep-open]",
        "rating:",
        "  masters: {growth: 8, interest: \"?\"}",
        "  job.growth: 6-8",
        "weights.points.growth: 50.0",
        ""), StandardCharsets.UTF_8);

    Map<String, Answer> answers = AnswersFile.read(file);

    assertThat(answers).containsEntry("template", Answer.text("grad"))
        .containsEntry("gut", Answer.items(List.of("job", "masters", "keep-open")))
        .containsEntry("rating.masters.growth", Answer.text("8"))
        .containsEntry("rating.masters.interest", Answer.text("?"))
        .containsEntry("rating.job.growth", Answer.text("6-8"))
        .containsEntry("weights.points.growth", Answer.text("50"));
  }

  @Test
  void writtenAnswersReadBackTheSameInYamlAndJson() {
    Map<String, Answer> answers = new LinkedHashMap<>(Script.file());
    answers.put("rating.masters.interest", Answer.text("?"));
    answers.put("decision.title", Answer.text("대학원? 아니면 취업: 2027"));
    for (String name : List.of("a.yaml", "a.json")) {
      Path file = home.resolve(name);
      AnswersWriter.write(file, answers);
      assertThat(AnswersFile.read(file)).as(name).isEqualTo(answers);
    }
  }

  @Test
  void aFileThatIsNotAMapIsRefusedWithAMessage() throws Exception {
    Path file = home.resolve("list.yaml");
    Files.writeString(file, "- one\n- two\n");

    assertThatThrownBy(() -> AnswersFile.read(file))
        .isInstanceOfSatisfying(Problem.class, f -> {
          assertThat(f.kind()).isEqualTo(Problem.Kind.BAD_DATA);
          assertThat(message(f)).contains("must map question ids to answers");
        });
  }

  @Test
  void withoutATerminalMissingAnswersAreListedAndTheRestIsDrafted() {
    Map<String, Answer> partial = new LinkedHashMap<>(Script.file());
    partial.remove("gut");
    partial.remove("rating.job.time");
    Harness h = new Harness(home, "en");

    assertThatThrownBy(() -> h.fromFile(partial))
        .isInstanceOfSatisfying(Problem.class, f -> {
          assertThat(f.kind()).isEqualTo(Problem.Kind.BAD_DATA);
          assertThat(message(f)).contains("These answers are missing: gut, rating.job.time.");
        });
    SessionState draft = h.drafts.load(h.drafts.list().get(0));
    assertThat(draft.text("rating.masters.growth")).contains("8");
  }

  @Test
  void withoutATerminalAWrongAnswerStopsWithItsReason() {
    Map<String, Answer> wrong = new LinkedHashMap<>(Script.file());
    wrong.put("rating.job.growth", Answer.text("11"));
    Harness h = new Harness(home, "en");

    assertThatThrownBy(() -> h.fromFile(wrong))
        .isInstanceOfSatisfying(Problem.class, f -> assertThat(message(f)).isEqualTo(
            "Answer \"rating.job.growth\" in the answers file (\"11\") was not accepted: "
                + "Give a number from 1 to 10."));
  }

  @Test
  void aQuestionMarkInTheFileMeansDontKnowAndARangeIsARange() {
    Map<String, Answer> answers = new LinkedHashMap<>(Script.file());
    answers.put("rating.masters.interest", Answer.text("?"));

    Decision d = new Harness(home, "en").fromFile(answers).decision().orElseThrow();

    assertThat(d.rating("masters", "interest")).isEqualTo(Rating.range(1, 10));
    assertThat(d.rating("job", "growth")).isEqualTo(Rating.range(6, 8));
  }

  @Test
  void withATerminalAPartialFileAsksForTheRestAndReasksAWrongValue() {
    Map<String, Answer> partial = new LinkedHashMap<>(Script.file());
    partial.remove("gut");
    partial.put("rating.job.time", Answer.text("twelve"));
    Harness h = new Harness(home, "en");

    SessionEnd r = h.typedWithFile(
        lines("", "", "2 1 3", "", "", "", "", "\u0015" + "1", "", "", ""),
        partial);

    assertThat(h.screen).contains("Before any scoring", "! Type a number (1–10)");
    Decision d = r.decision().orElseThrow();
    assertThat(d.meta().gutRanking()).containsExactly("job", "masters", "keep-open");
    assertThat(d.rating("job", "time")).isEqualTo(Rating.of(1));
  }

  @Test
  void pipedLinesThatRunOutListWhatIsMissing() {
    Harness h = new Harness(home, "en");

    assertThatThrownBy(() -> h.piped(Script.keysBefore("rating.keep-open.time")
        .replace("\r", "\n")))
        .isInstanceOfSatisfying(Problem.class, f -> assertThat(message(f))
            .contains("These answers are missing: rating.keep-open.time."));
  }

  @Test
  void aPipedLineThatIsRefusedStopsWithItsLineNumber() {
    Harness h = new Harness(home, "en");

    assertThatThrownBy(() -> h.piped("1\n\n2027-13-01\n"))
        .isInstanceOfSatisfying(Problem.class, f -> assertThat(message(f)).isEqualTo(
            "Line 3 (decision.deadline): \"2027-13-01\" was not accepted: "
                + "Write the date as YYYY-MM-DD, e.g. 2027-03-01."));
  }
}
