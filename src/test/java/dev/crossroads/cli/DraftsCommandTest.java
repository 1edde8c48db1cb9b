package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.state.EditOrigin;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DraftsCommandTest {
  private static final Map<String, String> EN = Map.of("LANG", "en_US.UTF-8");
  private static final Map<String, String> KO = Map.of("LANG", "ko_KR.UTF-8");
  @TempDir Path home;

  private Drafts drafts() {
    return new Drafts(home.resolve("drafts"));
  }

  /** A draft called {@code name}, last changed {@code age} before the test clock. */
  private Path draft(String name, SessionState state, Duration age) throws IOException {
    Path file = home.resolve("drafts").resolve(name + ".json");
    drafts().save(file, state);
    Files.setLastModifiedTime(file, FileTime.from(CommandRun.CLOCK.instant().minus(age)));
    return file;
  }

  private void threeDrafts() throws IOException {
    draft("20261125-100000", SessionState.start("en")
        .with(Ids.TEMPLATE, Answer.text("grad-school"))
        .with(Ids.TITLE, Answer.text("Master's or the Naver offer"))
        .at(Ids.rating("masters", "growth")), Duration.ofHours(2));
    draft("20261124-090000", SessionState.start("en")
        .with(Ids.TEMPLATE, Answer.text("startup-vs-bigco")).at(Ids.TITLE), Duration.ofDays(1));
    draft("20261125-115500", new SessionState("en",
        Map.of(Ids.TEMPLATE, Answer.text("grad-school"), Ids.TITLE, Answer.text("Grad plans")),
        Ids.REVIEW, true, "", Optional.of(new EditOrigin("grad", "f", "{}"))),
        Duration.ofMinutes(5));
  }

  @Test
  void listsEachDraftWithItsTitleTheStepItStoppedAtAndItsAge() throws IOException {
    threeDrafts();
    Files.writeString(home.resolve("drafts/20261120-080000.json"), "{ not json");
    Files.setLastModifiedTime(home.resolve("drafts/20261120-080000.json"),
        FileTime.from(CommandRun.CLOCK.instant().minus(Duration.ofDays(5))));

    CommandRun run = CommandRun.of(EN, "drafts", "--home", home.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("NAME").contains("TITLE", "STEP", "AGE");
    assertThat(lines.get(1)).startsWith("20261125-115500")
        .contains("Grad plans (editing grad)", "Review (8/8)", "5 minutes ago");
    assertThat(lines.get(2)).startsWith("20261125-100000")
        .contains("Master's or the Naver offer", "Ratings (6/8)", "2 hours ago");
    assertThat(lines.get(3)).startsWith("20261124-090000")
        .contains("Startup or large company?", "The decision (1/8)", "24 hours ago");
    assertThat(lines.get(4)).startsWith("20261120-080000")
        .contains("(cannot be read)", "5 days ago");
    assertThat(run.out()).contains("crossroads drafts discard NAME");
  }

  @Test
  void listsThemInKoreanToo() throws IOException {
    threeDrafts();

    CommandRun run = CommandRun.of(KO, "drafts", "--home", home.toString());

    assertThat(run.out()).contains("이름", "제목", "단계", "경과", "Grad plans (grad 고치는 중)",
        "평가 (6/8)", "2시간 전", "5분 전");
  }

  @Test
  void saysWhereDraftsAreKeptWhenThereAreNone() {
    CommandRun run = CommandRun.of(EN, "drafts", "--home", home.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("No unfinished sessions", home.resolve("drafts").toString());
  }

  @Test
  void discardRemovesTheNamedDraftAndNothingElse() throws IOException {
    threeDrafts();

    CommandRun run = CommandRun.of(EN, "drafts", "discard", "20261125-100000", "--home",
        home.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Discarded the draft 20261125-100000.");
    assertThat(drafts().list()).extracting(p -> p.getFileName().toString())
        .containsExactly("20261125-115500.json", "20261124-090000.json");
  }

  @Test
  void discardOfAnUnknownDraftOrAPathOutsideTheDraftsFails() throws IOException {
    threeDrafts();
    Path outside = Files.writeString(home.resolve("precious.json"), "{}");

    CommandRun unknown = CommandRun.of(EN, "drafts", "discard", "nope", "--home",
        home.toString());
    CommandRun path = CommandRun.of(EN, "drafts", "discard", "../precious", "--home",
        home.toString());

    assertThat(unknown.exitCode()).isEqualTo(ExitCode.NO_INPUT);
    assertThat(unknown.err()).contains("There is no draft nope; \"crossroads drafts\" lists them.");
    assertThat(path.exitCode()).isEqualTo(ExitCode.NO_INPUT);
    assertThat(outside).exists();
    assertThat(drafts().list()).hasSize(3);
  }

  @Test
  void discardWithoutANameAndWithoutATerminalAsksForTheName() throws IOException {
    threeDrafts();

    CommandRun run = CommandRun.of(KO, "drafts", "discard", "--home", home.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("crossroads drafts discard 이름");
    assertThat(drafts().list()).hasSize(3);
  }

  @Test
  void discardWithoutANameAtATerminalOffersTheListToPickFrom() throws IOException {
    threeDrafts();
    Deque<String> typed = new ArrayDeque<>(List.of("7", "2"));
    StringWriter out = new StringWriter();
    AppContext app = new AppContext(new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), EN,
        CommandRun.CLOCK, new Messages(Locale.ENGLISH), false, false);
    LinePrompt prompt = shown -> {
      out.write(shown);
      return Optional.ofNullable(typed.poll());
    };

    int code = new CommandLine(new DraftsCommand.Discard(app, Optional.of(prompt)))
        .setOut(new PrintWriter(out, true))
        .execute("--home", home.toString());

    assertThat(code).isZero();
    assertThat(out.toString()).contains("#  NAME", "2  20261125-100000",
        "Which draft do you want to discard?", "Type a number from 1 to 3",
        "Discarded the draft 20261125-100000.");
    assertThat(drafts().list()).hasSize(2);
  }

  @Test
  void helpDescribesTheCommandInBothLanguages() {
    assertThat(CommandRun.of(EN, "drafts", "--help").out())
        .contains("List unfinished sessions (drafts)", "--home");
    assertThat(CommandRun.of(KO, "drafts", "discard", "--help").out())
        .contains("임시 저장본을 버립니다");
  }
}
