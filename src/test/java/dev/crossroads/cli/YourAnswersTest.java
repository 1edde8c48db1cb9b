package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.DisplayWidth;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** show, export and review give the person back their own answers: the grid and reflections. */
class YourAnswersTest {
  @TempDir Path home;

  private Map<String, String> env(String lang) {
    return Map.of("LANG", lang, "CROSSROADS_HOME", home.toString());
  }

  private Map<String, String> imported() {
    Map<String, String> env = env("en_US.UTF-8");
    for (String name : new String[] {"grad-school", "grad-school-ko", "grad-school-money"}) {
      CommandRun run =
          CommandRun.of(env, "import", "docs/examples/" + name + ".json", "--name", name);
      assertThat(run.exitCode()).as(run.toString()).isZero();
    }
    return env;
  }

  private static void assertFits(String out, int width) {
    for (String line : out.split("\n")) {
      assertThat(DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(width);
    }
  }

  @Test
  void showPrintsTheGridAndTheReflectionsBetweenTheDetailsAndTheSummary() {
    CommandRun run = CommandRun.of(imported(), "show", "grad-school");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String out = run.out();
    assertThat(out)
        .contains("Your ratings", "60,000,000 KRW", "-50,000,000 KRW", "0.5 years", "8 of 10")
        .contains("at most 40,000,000 KRW")
        .contains("What would you need to learn to change your mind?")
        .contains("A full scholarship, or an offer from a team that trains its own models.")
        .contains("Market");
    assertThat(out.indexOf("File ")).isLessThan(out.indexOf("Your answers"));
    assertThat(out.indexOf("Your reflections")).isLessThan(out.indexOf("Ranking"));
    assertFits(out, 80);
  }

  @Test
  void showSpeaksTheProfilesLanguageWithWonInManAndEok() {
    CommandRun run = CommandRun.of(imported(), "show", "grad-school-ko");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("내가 한 답", "6,000만 원", "-5,000만 원", "10점 중 8점", "4,000만 원 이하")
        .contains("무엇을 알게 되면 생각이 바뀔까요?")
        .contains("자체 모델을 학습하는 팀에서");
    assertFits(run.out(), 80);
  }

  @Test
  void showWithoutTheSummaryShowsOnlyTheDetails() {
    CommandRun run = CommandRun.of(imported(), "show", "grad-school", "--no-summary");

    assertThat(run.out()).contains("Grad school (master's)").doesNotContain("Your answers");
  }

  @Test
  void theMarkdownExportEndsWithTheAnswers() {
    CommandRun run = CommandRun.of(imported(), "export", "grad-school", "--format", "md");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String md = run.out();
    assertThat(md)
        .contains("## Your answers")
        .contains(
            "| Yearly salary in 3 years | 60,000,000 KRW | 46,000,000 to 58,000,000 KRW (likely"
                + " 52,000,000) |")
        .contains("- Money spent over the next two years, net of pay: at most 40,000,000 KRW")
        .contains("**What would you need to learn to change your mind?**")
        .contains("> A full scholarship, or an offer from a team that trains its own models.");
    assertThat(md.indexOf("## Your answers")).isGreaterThan(md.indexOf("Ranking"));
  }

  @Test
  void theHtmlExportCarriesTheAnswersAsASectionInsideTheMainColumn() {
    CommandRun run = CommandRun.of(imported(), "export", "grad-school-ko", "--format", "html");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String html = run.out();
    int section = html.indexOf("<section class=\"sheet\">");
    assertThat(section).isPositive().isLessThan(html.indexOf("</main>"));
    assertThat(html)
        .contains("<th scope=\"row\">3년 뒤 연봉</th><td>6,000만 원</td>")
        .contains("4,600만~5,800만 원 (가장 그럴듯한 값 5,200만)")
        .contains("무엇을 알게 되면 생각이 바뀔까요?</dt>")
        .contains("자체 모델을 학습하는 팀에서 제안이 온다면 생각이 바뀔 것이다.</dd>");
  }

  @Test
  void theHtmlExportKeepsTheMoneyViewBeforeTheAnswers() {
    CommandRun run = CommandRun.of(imported(), "export", "grad-school-money", "--format", "html");

    String html = run.out();
    assertThat(html.indexOf("<pre class=\"money\">"))
        .isPositive()
        .isLessThan(html.indexOf("<section class=\"sheet\">"));
    assertThat(html.split("</main>", -1)).hasSize(2);
  }

  @Test
  void reviewOfOneDecisionShowsWhenItIsDueTodaysWinnerAndAllItsAnswers() {
    // The test clock stands at 2026-11-25; the example's review date is 2027-09-01.
    CommandRun run = CommandRun.of(imported(), "review", "grad-school");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .startsWith("Grad school (master's) or industry now\n")
        .contains("Review date 2027-09-01: not due for 280 days.")
        .contains("Today: Clear result. ML engineer job now comes out ahead")
        .contains("Your ratings", "46,000,000 to", "Your reflections")
        .contains("I would regret never trying research more than starting work two years")
        .contains("crossroads edit grad-school");
    assertFits(run.out(), 80);
  }

  @Test
  void reviewOfADecisionInKoreanReadsInKorean() {
    imported();
    CommandRun run = CommandRun.of(env("ko_KR.UTF-8"), "review", "grad-school-ko");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("다시 볼 날 2027-09-01: 280일 남았습니다.")
        .contains("돌아보기", "취업이 2년 늦어지는 것보다");
    assertFits(run.out(), 80);
  }

  @Test
  void reviewOfAMissingDecisionIsNoInput() {
    CommandRun run = CommandRun.of(imported(), "review", "nope");
    assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
  }
}
