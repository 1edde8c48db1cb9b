package dev.crossroads.session;

import static dev.crossroads.session.Harness.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.TerminalText;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.session.question.BankCatalogue;
import dev.crossroads.session.ask.Layout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Under {@code --ascii} (and TERM=dumb) a whole session, at a terminal, speaks in plain ASCII
 * (Hangul aside, in Korean) for a screen reader or a braille display, while the person's own
 * words come back exactly as typed; every question, hint and list item is one line, and the
 * section headers say where the session stands in words.
 */
class AsciiSessionTest {
  /** The person's own words, with the letters and typography crossroads must leave alone. */
  private static final String FIRST = "École 🎓 à Lyon — 석사";
  /** Typed whole on a line 100 columns wide, but too wide for one once the questions quote it. */
  private static final String SECOND =
      "회사 job… naïve, at a firm whose name runs far past the edge of the screen";
  private static final String TITLE = "Où aller? 진로 🎓";
  private static final String NOTE = "J'ai perdu l'élan… 연구가 싫어졌다 😞";
  private static final List<String> THEIRS = List.of(FIRST, SECOND, TITLE, NOTE);
  private static final int WIDTH = 100;

  @TempDir Path home;

  /** A whole session, with help, a refused rating and an opened review group on the way. */
  private static String keys() {
    return Script.keysBefore("decision.title") + lines(TITLE)
        + Script.keysBetween("decision.deadline", "options")
        + lines("edit 1 " + FIRST, "edit 2 " + SECOND, "")
        + Script.keysBetween("gut", "criteria") + lines("?")
        + Script.keysBetween("criteria", "rating.job.growth") + lines("?", "11")
        + Script.keysBetween("rating.job.growth", "reflect.premortem") + lines(NOTE)
        + Script.keysBetween("reflect.review-date", "review") + lines("open 4")
        + Script.keysFrom("review");
  }

  private record Run(List<String> screen, List<String> leads) {}

  private Run run(String language) {
    List<RecordingAsker> seen = new ArrayList<>();
    Harness h = new Harness(home.resolve(language), language).inAscii().watching(a -> {
      RecordingAsker recording = new RecordingAsker(a);
      seen.add(recording);
      return recording;
    });
    assertThat(h.typed(keys()).profile()).as(h.screen).isPresent();
    return new Run(List.of(h.screen.split("\n", -1)),
        seen.get(0).prompts().stream().flatMap(p -> p.lead().stream()).toList());
  }

  /** {@code line} without the person's own words. */
  private static String ours(String line) {
    String rest = line;
    for (String theirs : THEIRS) {
      rest = rest.replace(theirs, "");
    }
    return rest;
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"en", "ko"})
  void everyLineTheSessionWritesIsPlainAsciiButForThePersonsOwnWords(String language) {
    Run run = run(language);

    for (String line : run.screen()) {
      String ours = ours(line);
      boolean plain = ours.codePoints().allMatch(c -> c < 0x80
          || language.equals("ko") && Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
      assertThat(plain).as("a line of the session's own: %s", line).isTrue();
    }
    // Their words come back as typed, typography and all.
    assertThat(String.join("\n", run.screen())).contains(FIRST, SECOND, TITLE, NOTE);
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"en", "ko"})
  void everyQuestionHintAndListItemIsOneLineHoweverWide(String language) {
    Run run = run(language);

    assertThat(run.leads()).anyMatch(l -> Layout.width(l) > WIDTH);
    for (String lead : run.leads()) {
      assertThat(run.screen()).contains(TerminalText.clean(lead));
    }
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"en", "ko"})
  void sectionHeadersSayWhereTheSessionStandsInWords(String language) {
    List<String> screen = run(language).screen();

    String first = language.equals("en") ? "Part 1 of 8: The decision" : "8단계 중 1단계: 결정";
    String ratings = language.equals("en") ? "Part 6 of 8: Ratings" : "8단계 중 6단계: 평가";
    String summary = language.equals("en") ? "Summary" : "요약";
    assertThat(screen).contains(first, ratings, summary);
    assertThat(screen).noneMatch(l -> l.startsWith("--") || l.startsWith("──"));
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"en", "ko"})
  void theQuestionBanksOwnWordsAreInAsciiToo(String language) {
    Harness h = new Harness(home.resolve(language), language).inAscii().with(new BankCatalogue(
        TemplateSources.from(java.util.Map.of(), java.util.Optional.empty())));

    // Every default taken up to the first rating, and Enter there too, which it refuses.
    h.typed(lines("1", "", "", "", "1 2 3 4") + Harness.ENTER.repeat(12) + lines("?")
        + Harness.CTRL_C);

    // The first rating's question quotes the option in the bank's own quotation marks.
    assertThat(h.screen).contains(language.equals("en") ? "If you choose \"" : "' 쪽을 택하면");
    for (String line : h.screen.split("\n")) {
      assertThat(ours(line).codePoints().allMatch(c -> c < 0x80 || language.equals("ko")
          && Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL))
          .as("a line of the session's own: %s", line).isTrue();
    }
  }
}
