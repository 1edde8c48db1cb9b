package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.files.AnswersFile;
import dev.crossroads.session.InteractiveEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answers file is read within its limits (docs/limits.md) before a question is asked: a
 * refusal is exit 65 with file:line:column in plain words; only a missing or unreadable file is
 * 66. The documented example answers file is the baseline every case edits.
 */
class AnswersFileLimitsTest {
  @TempDir Path home;

  private final Messages english = new Messages(Locale.ENGLISH);

  @Test
  void anAnswersFileOfOneMegabyteRunsAndOneBytePastIsRefusedUnread() throws IOException {
    String answers = documented();
    StringBuilder padded = new StringBuilder(answers);
    int left = 1_000_000 - answers.getBytes(StandardCharsets.UTF_8).length;
    for (; left > 100; left -= 100) {
      padded.append("#").append("x".repeat(98)).append('\n');
    }
    padded.append("#").append("x".repeat(left - 2)).append('\n');
    Path file = Files.writeString(home.resolve("a.yaml"), padded);
    assertThat(Files.size(file)).isEqualTo(1_000_000);
    CommandRun ok = session("new", "--no-input", "--answers", file.toString());
    assertThat(ok.exitCode()).as(ok.toString()).isZero();

    Files.writeString(file, padded.append(' '));
    CommandRun refused = session("new", "--no-input", "--answers", file.toString());
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCode.DATA);
    assertThat(refused.err()).isEqualTo(
        file + " is 1,000,001 bytes; an answers file can be at most 1 MB (1,000,000 bytes).\n");
  }

  @Test
  void aFiveMegabyteAnswersFileIsRefusedAtOnceWithoutReadingIt() throws IOException {
    StringBuilder big = new StringBuilder();
    for (int i = 0; big.length() < 5_000_000; i++) {
      big.append("reflect.note").append(i).append(": some words to answer with\n");
    }
    Path file = Files.writeString(home.resolve("big.yaml"), big);
    long before = allocatedBytes();
    long start = System.nanoTime();
    CommandRun run = session("new", "--no-input", "--answers", file.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    long allocated = allocatedBytes() - before;
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.DATA);
    assertThat(run.err()).contains("big.yaml is 5 MB; an answers file can be at most 1 MB.");
    assertThat(allocated).as("bytes allocated").isLessThan(5_000_000);
    assertThat(millis).isLessThan(1_000);
  }

  @Test
  void brokenYamlIsDataAtItsLineAndColumnNotAJavaException() throws IOException {
    Path file = Files.writeString(home.resolve("broken.yaml"), "template: grad-school\ngut: [job, masters\nweights.method: points\n");
    CommandRun run = session("new", "--no-input", "--answers", file.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.DATA);
    assertThat(run.err()).startsWith(file + ":3:").contains("not valid YAML: ")
        .doesNotContain("Exception").doesNotContain("in 'reader'");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void aMissingAnswersFileIsNoInputInPlainWords() {
    Path file = home.resolve("none.yaml");
    CommandRun run = session("new", "--no-input", "--answers", file.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.NO_INPUT);
    assertThat(run.err()).contains("no such file or folder").doesNotContain("Exception");
  }

  @Test
  void aKeyGivenTwiceInOneMappingIsRefusedWhereItRepeats() throws IOException {
    Path file = Files.writeString(home.resolve("twice.yaml"), "template: grad-school\ngut: [job]\ngut: [masters]\n");
    CommandRun run = session("new", "--no-input", "--answers", file.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.DATA);
    assertThat(run.err()).isEqualTo(file + ":3:1: the key \"gut\" is given twice in the same mapping; give it once\n");
  }

  @Test
  void anIdGivenFlatAndAgainNestedIsRefusedWhereItRepeats() throws IOException {
    Path file = Files.writeString(home.resolve("twice.yaml"),
        "rating.masters.growth: 7\nrating:\n  masters:\n    growth: 8\n");
    assertThat(refusal(file)).isEqualTo(file
        + ":4:5: the answer to \"rating.masters.growth\" is given twice (first on line 1); give it once");
  }

  @Test
  void aRatingOf310DigitsIsRefusedAtItsPlaceNotAnInternalError() throws IOException {
    String answers = documented().replace("masters:   {growth: 7,", "masters:   {growth: \"1" + "0".repeat(309) + "\",");
    Path file = Files.writeString(home.resolve("huge.yaml"), answers);
    CommandRun run = session("new", "--no-input", "--answers", file.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.DATA);
    assertThat(run.err()).contains("is too large; numbers in answers must lie between -10^15 and 10^15")
        .doesNotContain("internal error").doesNotContain("0".repeat(81));
  }

  @Test
  void aYamlNumberPast10To15IsRefusedAndOneAtItIsRead() throws IOException {
    Path ok = Files.writeString(home.resolve("ok.yaml"), "money.masters.salary: 1000000000000000\n");
    assertThat(AnswersFile.read(ok)).containsEntry("money.masters.salary", Answer.text("1000000000000000"));
    Path over = Files.writeString(home.resolve("over.yaml"), "money.masters.salary: 1e308\nrating.a.b: 1e400\n");
    assertThat(refusal(over)).isEqualTo(over + ":1:23: the number 1e308 is too large; numbers in answers must lie between -10^15 and 10^15");
  }

  @Test
  void tenThousandAnswersAreReadAndOneMoreIsRefused() throws IOException {
    assertThat(AnswersFile.read(answers(10_000))).hasSize(10_000);
    Path over = answers(10_001);
    assertThat(refusal(over)).isEqualTo(over + ":10001:1: more than 10,000 answers; an answers file holds at most that many");
  }

  @Test
  void anIdOf500CharactersIsReadAndOneOf501IsRefused() throws IOException {
    Path ok = Files.writeString(home.resolve("id.yaml"), "reflect." + "r".repeat(492) + ": fine\n");
    assertThat(AnswersFile.read(ok)).hasSize(1);
    Path over = Files.writeString(home.resolve("id2.yaml"), "reflect:\n  " + "r".repeat(493) + ": long\n");
    assertThat(refusal(over)).isEqualTo(over + ":2:3: a question id 501 characters long; ids are at most 500");
  }

  @Test
  void aTitleOrAnOptionOf200CharactersIsReadAndOneOf201IsRefusedAsInAProfile() throws IOException {
    Path ok = Files.writeString(home.resolve("t.yaml"),
        "decision.title: " + "t".repeat(200) + "\noptions: [" + "o".repeat(200) + ", b]\n");
    assertThat(AnswersFile.read(ok)).hasSize(2);
    Path title = Files.writeString(home.resolve("t2.yaml"), "decision.title: " + "t".repeat(201) + "\n");
    assertThat(refusal(title)).isEqualTo(title + ":1:17: an answer 201 characters long; an answer can be at most 200");
    Path option = Files.writeString(home.resolve("t3.yaml"), "options: [a, " + "o".repeat(201) + "]\n");
    assertThat(refusal(option)).isEqualTo(option + ":1:14: an answer 201 characters long; an answer can be at most 200");
  }

  @Test
  void anAnswerOf2000CharactersIsReadAndOneOf2001IsRefused() throws IOException {
    Path ok = Files.writeString(home.resolve("t.yaml"), "reflect.regret: " + "가".repeat(2000) + "\n");
    assertThat(AnswersFile.read(ok)).hasSize(1);
    Path over = Files.writeString(home.resolve("t2.yaml"), "reflect.regret: " + "가".repeat(2001) + "\n");
    assertThat(refusal(over)).isEqualTo(over + ":1:17: an answer 2001 characters long; an answer can be at most 2000");
  }

  @Test
  void aListOf100ItemsIsReadAndOneOf101IsRefused() throws IOException {
    Path ok = Files.writeString(home.resolve("l.yaml"), "options: [" + "o, ".repeat(99) + "o]\n");
    assertThat(AnswersFile.read(ok)).hasSize(1);
    Path over = Files.writeString(home.resolve("l2.yaml"), "options: [" + "o, ".repeat(100) + "o]\n");
    assertThat(refusal(over)).startsWith(over + ":1:").endsWith("a list of more than 100 items; a list answer holds at most that many");
  }

  @Test
  void savingAnswersWhereTheDiskRefusesIsAnIoErrorWithTheReason() throws IOException {
    Path blocker = Files.writeString(home.resolve("blocker"), "a file where a folder should be");
    CommandRun run = session("new", "--no-input", "--answers", documentedFile().toString(),
        "--save-answers", blocker.resolve("answers.yaml").toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.IO);
    assertThat(run.err()).contains("Could not write the answers file " + blocker.resolve("answers.yaml"))
        .doesNotContain("draft").doesNotContain("Exception");
  }

  private Path answers(int count) throws IOException {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < count; i++) {
      yaml.append("reflect.n").append(i).append(": x\n");
    }
    return Files.writeString(home.resolve("many.yaml"), yaml);
  }

  private String refusal(Path file) {
    Problem failure = catchThrowableOfType(Problem.class, () -> AnswersFile.read(file));
    assertThat(failure).as("expected the answers file to be refused").isNotNull();
    assertThat(ExitCode.of(failure.kind())).isEqualTo(ExitCode.DATA);
    return english.get(failure.userMessage());
  }

  /** The example of docs/answers-file.md, with the template's own options. */
  private static String documented() throws IOException {
    String doc = Files.readString(Path.of("docs/answers-file.md"));
    int start = doc.indexOf("```yaml\n") + 8;
    return doc.substring(start, doc.indexOf("```", start))
        .replaceAll("(?m)^options:\n(  - .*\n)+", "");
  }

  private Path documentedFile() throws IOException {
    return Files.writeString(home.resolve("grad.yaml"), documented());
  }

  private Map<String, String> env() {
    return Map.of("LANG", "C.UTF-8", "HOME", home.toString(),
        "CROSSROADS_HOME", home.resolve("crossroads").toString());
  }

  private CommandRun session(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> env = env();
    int code = ExitCode.of(InteractiveEntry.run(args, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env, new AnalysisSummarizer(env)));
    String e = err.toString(StandardCharsets.UTF_8);
    return new CommandRun(code, out.toString(StandardCharsets.UTF_8), e.replace("\n  ", " "), e);
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }
}
