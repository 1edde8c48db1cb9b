package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crossroads.session.InteractiveEntry;
import dev.crossroads.session.SessionArgs;
import dev.crossroads.store.ProfileEntry;
import dev.crossroads.store.ProfilePaths;
import dev.crossroads.store.ProfileStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The session's command line ({@code crossroads}, {@code new}, {@code resume}, {@code edit}),
 * read by hand before picocli for a fast first prompt, and by picocli otherwise: both read
 * {@code --lang} the same way, and both say what to pass when there is nothing to read.
 */
class SessionCommandLineTest {
  @TempDir Path home;

  private Map<String, String> env() {
    return Map.of("LANG", "C.UTF-8", "HOME", home.toString(),
        "CROSSROADS_HOME", home.resolve("crossroads").toString());
  }

  /** Runs the way {@code Main.main} does when the session's own reading handles the arguments. */
  private CommandRun fastPath(String stdin, String... args) {
    assertThat(SessionArgs.handles(args)).as("the session's own path handles it").isTrue();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> env = env();
    int code = ExitCode.of(InteractiveEntry.run(args,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env, new AnalysisSummarizer(env)));
    String e = err.toString(StandardCharsets.UTF_8);
    return new CommandRun(code, out.toString(StandardCharsets.UTF_8), e.replace("\n  ", " "), e);
  }

  private Path documentedAnswers() throws IOException {
    String doc = Files.readString(Path.of("docs/answers-file.md"));
    int start = doc.indexOf("```yaml\n") + 8;
    // The template's own options (in the session's language), so the file's ids fit either.
    String yaml = doc.substring(start, doc.indexOf("```", start))
        .replaceAll("(?m)^options:\n(  - .*\n)+", "");
    return Files.writeString(home.resolve("grad.yaml"), yaml);
  }

  private String savedLanguage() {
    ProfileStore store = ProfileStore.open(ProfilePaths.resolve(Optional.empty(), env(), home));
    List<ProfileEntry> entries = store.list();
    assertThat(entries).hasSize(1);
    return ((ProfileEntry.Readable) entries.get(0)).profile().decision().language();
  }

  @ParameterizedTest(name = "new --lang {0}")
  @ValueSource(strings = {"ko-KR", "ko_KR.UTF-8", "KO", "ko_KR"})
  void newWithAKoreanLocaleTagRunsInKoreanOnTheSessionsOwnPath(String tag) throws IOException {
    CommandRun run = fastPath("", "new", "--lang", tag, "--no-input", "--answers",
        documentedAnswers().toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("프로필을 저장했습니다");
    assertThat(savedLanguage()).isEqualTo("ko");
  }

  @Test
  void newWithAKoreanLocaleTagRunsInKoreanThroughTheFullCommandLineToo() throws IOException {
    CommandRun run = CommandRun.of(env(), "--lang=ko_KR.UTF-8", "new", "--no-input", "--answers",
        documentedAnswers().toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("프로필을 저장했습니다");
    assertThat(savedLanguage()).isEqualTo("ko");
  }

  @Test
  void anEnglishLocaleTagOverridesAKoreanLocale() throws IOException {
    Map<String, String> korean = Map.of("LANG", "ko_KR.UTF-8", "HOME", home.toString(),
        "CROSSROADS_HOME", home.resolve("crossroads").toString());
    CommandRun run = CommandRun.of(korean, "new", "--lang", "en_GB.UTF-8", "--template",
        "grad-school", "--no-input", "--answers", documentedAnswers().toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(savedLanguage()).isEqualTo("en");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"new --lang fr", "--lang korean", "resume --lang=ko-", "new --lang xx_KR"})
  void anyOtherLanguageIsOneLineNamingTheAcceptedOnesAndExit2(String line) {
    String[] args = line.split(" ");
    CommandRun process = CommandRun.of(env(), args);
    CommandRun session;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ExitCode.of(InteractiveEntry.run(args, new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env(), new AnalysisSummarizer(env())));
    String e = err.toString(StandardCharsets.UTF_8);
    session = new CommandRun(code, "", e.replace("\n  ", " "), e);

    for (CommandRun run : List.of(process, session)) {
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
      assertThat(run.err().lines()).as(run.toString()).hasSize(1);
      assertThat(run.err()).contains("Unknown language", "en", "ko", "ko-KR", "ko_KR.UTF-8");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"analyze", "templates"})
  void everyCommandReadsTheSameLanguageTags(String command) {
    String[] args = command.equals("analyze")
        ? new String[] {"analyze", "docs/examples/grad-school.json", "--lang", "ko-KR"}
        : new String[] {"templates", "--lang", "KO"};
    CommandRun korean = CommandRun.of(env(), args);

    assertThat(korean.exitCode()).as(korean.toString()).isZero();
    assertThat(korean.out()).containsPattern("[가-힣]{2}");
  }

  @Test
  void withNoTerminalAndNoAnswersItSaysWhatToPassAndLeavesNoDraft() throws IOException {
    assumeTrue(System.console() == null, "standard input is a terminal here");

    CommandRun run = fastPath("");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines()).hasSize(2);
    assertThat(run.err()).contains("--answers FILE", "--no-input", "docs/answers-file.md",
        "Nothing was answered, so no draft is kept.")
        .doesNotContain("rating.", "crossroads resume");
    assertThat(drafts()).isEmpty();
  }

  @Test
  void noInputWithoutAnAnswersFileSaysTheSameInTheSessionsLanguage() throws IOException {
    CommandRun run = fastPath("\n\n", "new", "--no-input", "--lang", "ko-KR");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines()).hasSize(2);
    assertThat(run.err()).contains("--answers", "docs/answers-file.md", "초안");
    assertThat(drafts()).hasSize(1);
  }

  @Test
  void pipedAnswersThatRunShortStillListWhatIsMissing() throws IOException {
    CommandRun run = fastPath("\nMy own title\n\n", "new", "--no-input");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.DATA);
    assertThat(run.err()).contains("These answers are missing:", "rating.");
  }

  private List<Path> drafts() throws IOException {
    if (!Files.isDirectory(home.resolve("crossroads/drafts"))) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(home.resolve("crossroads/drafts"))) {
      return files.toList();
    }
  }
}
