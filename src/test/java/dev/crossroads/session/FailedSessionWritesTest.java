package dev.crossroads.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Problem;
import dev.crossroads.session.files.AnswersWriter;
import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.SessionState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A draft or an answers file whose write fails costs nothing: the one before it stays byte for
 * byte, and no temp file is left beside it. The failure is real: the file's name is so long
 * (245 bytes) that the temp file beside it would pass the file system's 255, so the disk refuses
 * it, as it would refuse a folder that went read-only (which root, running these tests in a
 * container, could still write).
 */
class FailedSessionWritesTest {
  private static final String LONG = "a".repeat(240);

  @TempDir Path home;

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  @Test
  void aDraftThatCannotBeWrittenLeavesThePreviousDraftWhole() throws IOException {
    Path dir = home.resolve("drafts");
    Drafts drafts = new Drafts(dir);
    Path draft = dir.resolve(LONG + ".json");
    Files.createDirectories(dir);
    Files.writeString(draft, "{\"version\": 1, \"the draft\": \"before\"}");
    byte[] before = Files.readAllBytes(draft);

    Problem failure = catchThrowableOfType(Problem.class, () -> drafts.save(draft,
        new SessionState("en", Map.of(), "decision.title", false, "Grad school")));

    assertThat(failure.kind()).isEqualTo(Problem.Kind.IO);
    assertThat(Files.readAllBytes(draft)).isEqualTo(before);
    assertThat(files(dir)).containsExactly(draft);
  }

  @Test
  void anAnswersFileThatCannotBeWrittenLeavesThePreviousOneWhole() throws IOException {
    Path file = home.resolve(LONG + ".yaml");
    Files.writeString(file, "decision.title: Grad school\n");
    byte[] before = Files.readAllBytes(file);

    Problem failure = catchThrowableOfType(Problem.class, () -> AnswersWriter.write(file,
        Map.of("decision.title", Answer.text("Another title"))));

    assertThat(failure.kind()).isEqualTo(Problem.Kind.IO);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(files(home)).containsExactly(file);
  }

  @Test
  void aDraftSavedAgainReplacesTheOneBeforeAndLeavesNoTempFile() throws IOException {
    Path dir = home.resolve("drafts");
    Drafts drafts = new Drafts(dir);
    Path draft = dir.resolve("20261125-120000.json");
    drafts.save(draft, new SessionState("en", Map.of(), "decision.title", false, "first"));
    drafts.save(draft, new SessionState("ko", Map.of(), "decision.title", false, "두 번째"));

    assertThat(drafts.load(draft).typing()).isEqualTo("두 번째");
    assertThat(files(dir)).containsExactly(draft);
  }
}
