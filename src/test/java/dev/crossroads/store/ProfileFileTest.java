package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileFileTest {
  @TempDir Path dir;

  private final ProfileReader reader = new ProfileReader();
  private final Messages english = new Messages(Locale.ENGLISH);

  @Test
  void aMissingFileFailsWithNoInput() {
    Path missing = dir.resolve("nope.json");
    Problem failure = catchThrowableOfType(Problem.class, () -> reader.read(missing));

    assertThat(failure.kind()).isEqualTo(Problem.Kind.MISSING);
    assertThat(english.get(failure.userMessage())).isEqualTo(missing + ": no such file");
  }

  @Test
  void aDirectoryInPlaceOfAFileFailsWithNoInput() {
    Problem failure = catchThrowableOfType(Problem.class, () -> reader.read(dir));

    assertThat(failure.kind()).isEqualTo(Problem.Kind.MISSING);
    assertThat(english.get(failure.userMessage())).startsWith(dir + ": cannot be read");
  }

  @Test
  void aFileThatIsNotUtf8FailsAsBadData() throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, "{\"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    Problem failure = catchThrowableOfType(Problem.class, () -> reader.read(file));

    assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    assertThat(english.get(failure.userMessage())).isEqualTo(file + ": is not UTF-8 text; save it as UTF-8 and try again");
  }

  @Test
  void problemsInAFileNameTheFileAsItWasGiven() throws IOException {
    Path file = dir.resolve("grad.json");
    Files.writeString(file, ProfileValidationTest.edit("\"years\": 0}", "\"years\": -1, \"fun\": 1}"));
    Problem failure = catchThrowableOfType(Problem.class, () -> reader.read(file));

    assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    assertThat(english.get(failure.userMessage())).isEqualTo(file + ":13:97: unknown criterion \"fun\"; the criteria are: growth, salary, years");
  }

  @Test
  void aByteOrderMarkAtTheStartIsAccepted() throws IOException {
    Path file = dir.resolve("bom.json");
    Files.writeString(file, "\uFEFF" + IssueExampleTest.ISSUE);

    assertThat(reader.read(file).title()).isEqualTo("Grad school or industry");
  }

  @Test
  void aReadFileEqualsTheSameTextParsed() throws IOException {
    Path file = dir.resolve("issue.json");
    Files.write(file, IssueExampleTest.ISSUE.getBytes(StandardCharsets.UTF_8));

    assertThat(reader.read(file)).isEqualTo(reader.parse(IssueExampleTest.ISSUE, "other-name.json"));
  }
}
