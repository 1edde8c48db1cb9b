package dev.crossroads.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.money.Band;
import dev.crossroads.money.MoneyPlan;
import dev.crossroads.money.OverlapChoice;
import dev.crossroads.store.Profile;
import dev.crossroads.store.ProfileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built program (./crossroads, running target/crossroads.jar) in a real terminal, through a
 * whole grad-school-or-job session, the way a person would go through it.
 */
class SessionEndToEndIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  @TempDir Path home;

  @BeforeAll
  static void needsTmuxAndTheJar() {
    Tmux.requireWithTheJar(ROOT);
  }

  private Map<String, String> env() {
    return Tmux.personAt(home);
  }

  private String command(String first, String then) {
    return "cd '" + ROOT + "' && env LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME='" + home
        + "' CROSSROADS_HOME='" + home.resolve("crossroads") + "' " + first
        + "; echo \"EXIT=$?\"; " + then + "; echo \"EXIT2=$?\"; sleep 600";
  }

  private Decision profile(String name) throws IOException {
    Path file = home.resolve("crossroads/profiles/" + name + ".json");
    assertThat(file).exists();
    return new ProfileReader().read(file);
  }

  /** The six criteria of the grad-school template, four options each. */
  private static void rateEverythingAfterInterest(Person p) {
    p.answers("5", "8", "5");
    p.answers("8", "9", "6", "5");
    p.answers("70", "30-50", "150", "20");
    p.answers("2", "5", "0", "0.5");
    p.answers("7", "5", "6", "8");
  }

  @Test
  void anEnglishSessionStoppedWithCtrlCAndResumedEndsWithTheSummaryAndAProfile()
      throws Exception {
    try (Tmux tmux = new Tmux(home, env(), command("./crossroads", "./crossroads resume"))) {
      Person p = new Person(tmux);
      p.answer("");
      p.answer("");
      p.escape();
      p.answer("");
      p.answer("2027-03-01");
      p.answer("");
      p.interrupt("1 3");
      String stopped = p.waitFor("EXIT=130");
      assertThat(stopped).contains("Stopped. Your answers are saved in");
      p.complete(" 4 2");
      p.answers("", "", "");
      p.answers("", "", "", "", "", "");
      p.answers("7", "8", "11");
      // New typing after a refused answer starts on a clean line: "9", never "119".
      p.answer("9");
      p.answers("4", "back", "", "?", "?");
      rateEverythingAfterInterest(p);
      p.answer("no");
      p.answers("Whether the lab will take me", "", "", "", "", "");
      p.answers("", "", "");
      String screen = p.waitFor("EXIT2=");

      assertThat(screen).contains("EXIT2=0", "── 6/8 · Ratings ──",
          "Decision [Grad school or a job now?] ›",
          "Rating 3 of 24 (1–10) › 11\n  ! Give a number from 1 to 10.\n"
              + "Rating 3 of 24 (1–10) › 9\n",
          "Don't know? Type ? again",
          "Key uncertainties",
          "Your gut ranking put Master's (about two years) first; the model puts Start working now first.",
          "Saved the profile:");
      assertThat(screen).containsPattern("(?m)^\\s+1\\.?\\s+Start working now");
      Decision d = profile("grad-school-or-a-job-now-" + LocalDate.now().getYear());
      assertThat(d.meta().gutRanking()).containsExactly("masters", "job", "keep-open", "phd");
      assertThat(d.rating("job", "growth")).isEqualTo(Rating.of(9));
      assertThat(d.rating("masters", "interest")).isEqualTo(Rating.range(1, 10));
      assertThat(d.rating("phd", "money")).isEqualTo(Rating.range(30, 50));
      assertThat(d.meta().deadline()).contains(LocalDate.of(2027, 3, 1));
      assertThat(d.criterionIndex("networth")).isLessThan(0);
      assertThat(d.reflections()).containsEntry("uncertainties", "Whether the lab will take me");
      try (Stream<Path> drafts = Files.list(home.resolve("crossroads/drafts"))) {
        assertThat(drafts.filter(f -> f.toString().endsWith(".json")).toList()).isEmpty();
      }
    }
  }

  @Test
  void aCriterionAddedAtTheReviewUnderRankWeightingIsPlacedByAskingAndResumesAfterCtrlC()
      throws Exception {
    try (Tmux tmux = new Tmux(home, env(),
        command("./crossroads", "./crossroads drafts && ./crossroads resume"))) {
      Person p = new Person(tmux);
      p.answers("", "", "", "", "1 3 4 2", "", "", "rank", "1 2 3 4 5 6");
      p.answers("7", "8", "9", "4", "6");
      rateEverythingAfterInterest(p);
      p.answer("no");
      p.answers("", "", "", "", "", "");
      // At the review: a criterion from the catalogue, by the start of its label. This used to
      // end in a stack trace (weighting.rankMissing), and resuming replayed it.
      p.answers("edit 6", "add stabi", "");
      p.interrupt("2");
      String stopped = p.waitFor("EXIT=130");
      assertThat(stopped).contains("\"Stability of daily life\" is new. Where does it go in your "
          + "ranking", "Place (1–7) [7] › 2");
      p.complete("");
      p.answers("5", "6", "7", "4");
      p.answers("", "", "");
      String screen = p.waitFor("EXIT2=");

      assertThat(screen).contains("EXIT2=0", "Grad school or a job now?", "Weights (5/8)",
          "Saved the profile:").doesNotContain("Exception", "\tat ");
      Decision d = profile("grad-school-or-a-job-now-" + LocalDate.now().getYear());
      assertThat(d.weights()).isEqualTo(new WeightInput.RankOrder(List.of("growth", "stability",
          "interest", "jd-fit", "money", "time", "optionality")));
      assertThat(d.rating("keep-open", "stability")).isEqualTo(Rating.of(4));
    }
  }

  @Test
  void anEditOpenedAtTheReviewChangesOneAnswerAndSavesOverTheProfile() throws Exception {
    Path answers = GradSchoolFile.write(home);
    String create = "./crossroads new --no-input --answers '" + answers + "' > /dev/null";
    try (Tmux tmux = new Tmux(home, env(), command(create, "./crossroads edit grad --review"))) {
      Person p = new Person(tmux);
      p.answer("edit 2");
      p.answer("Grad school, second look");
      p.answers("", "", "");
      String screen = p.waitFor("EXIT2=");

      assertThat(screen).contains("EXIT=0", "EXIT2=0", "Editing the profile grad",
          "Decision [Grad school or a job now?] ›", "Saved your changes:");
      Decision d = profile("grad");
      assertThat(d.title()).isEqualTo("Grad school, second look");
      assertThat(d.rating("job", "growth")).isEqualTo(Rating.of(9));
      assertThat(home.resolve("crossroads/profiles/.backups/grad/1.json")).exists();
    }
  }

  @Test
  void aTenKilobytePasteIsRefusedAtOnceQuotedShortAndTheNextAnswerIsTaken() throws Exception {
    try (Tmux tmux = new Tmux(home, env(), command("./crossroads", "true"))) {
      Person p = new Person(tmux);
      p.answer("");
      long began = System.nanoTime();
      p.pasteAndEnter("pasted".repeat(1_700));
      String refused = p.waitFor("at most 2,000");
      long millis = (System.nanoTime() - began) / 1_000_000;
      // The pasted line scrolled sideways and lost its prompt mark, so type without counting.
      tmux.type("Grad school or a job");
      tmux.press("Enter");
      String screen = p.waitFor("By when do you need to decide");

      System.err.printf("10 kB paste refused in %d ms%n", millis);
      assertThat(millis).as("refused within %d ms", millis).isLessThan(10_000);
      assertThat(refused).contains("That is 10,200 characters; an answer can be at most 2,000.");
      // The refused line is not put back: the next answer is taken as typed.
      assertThat(screen).contains("Decision [Grad school or a job now?] › Grad school or a job\n");
      // Stopped here, before the folder goes: a session ended by closing its terminal keeps a
      // draft, which would be written while the folder is being deleted.
      tmux.press("C-c");
      p.waitFor("EXIT=");
    }
  }

  @Test
  void aKoreanSessionEndsWithTheSummaryInKoreanAndAProfile() throws Exception {
    try (Tmux tmux = new Tmux(home, env(),
        command("./crossroads --lang ko", "ls '" + home.resolve("crossroads/profiles") + "'"))) {
      Person p = new Person(tmux);
      p.answer("");
      p.answer("대학원 진학이냐 취업이냐");
      p.answers("", "", "1 3 4 2", "", "", "");
      p.answers("", "", "", "", "", "");
      p.answers("7", "8", "아홉");
      p.answer("9");
      p.answers("4", "뒤로", "", "?", "?");
      rateEverythingAfterInterest(p);
      // The money view; keep both money criteria (in Korean); some option involves study.
      p.answers("", "둘 다", "", "0", "");
      p.answers("", "?", "10", "6", "50-60", "");
      p.answers("", "", "", "", "");
      p.answers("", "25-30", "뒤로", "40-48", "");
      p.answers("", "", "", "", "");
      p.answer("40");
      p.answers("", "", "연구실 과제가 끊겨서 원하지 않는 일을 했다", "", "", "");
      p.answers("", "", "");
      String screen = p.waitFor("EXIT2=");

      assertThat(screen).contains("EXIT=0", "── 6/8 · 평가 ──",
          "! 숫자(1–10), 6-8 같은 범위(가장 그럴듯한 값까지 주려면 5..7..9), 또는 모르면 ?를 입력해 주세요.",
          "모르겠다면 ?를 한 번 더 입력하세요.",
          "핵심 불확실성",
          "분석 결과는 바로 취업이 1위예요.",
          "프로필을 저장했어요:",
          "괄호 안의 숫자는 예시일 뿐",
          "연봉(연 백만 원) [예시: 48-58] ›",
          "\"예시\"라고 적힌 숫자는 보기일 뿐",
          "돈 계산 빼기");
      assertThat(screen).containsPattern("(?m)^\\s+1\\.?\\s+바로 취업");
      Decision d = profile("grad-school-" + LocalDate.now().getYear());
      assertThat(d.title()).isEqualTo("대학원 진학이냐 취업이냐");
      assertThat(d.language()).isEqualTo("ko");
      assertThat(d.options().get(2).label()).isEqualTo("바로 취업");
      assertThat(d.rating("masters", "interest")).isEqualTo(Rating.range(1, 10));
      assertThat(d.reflections()).containsEntry("premortem", "연구실 과제가 끊겨서 원하지 않는 일을 했다");
      assertThat(List.of(d.meta().gutRanking().get(0))).containsExactly("masters");
      Profile saved = new ProfileReader().readProfile(
          home.resolve("crossroads/profiles/grad-school-" + LocalDate.now().getYear() + ".json"));
      MoneyPlan plan = saved.money().orElseThrow();
      assertThat(plan.overlap()).contains(new OverlapChoice(OverlapChoice.Keep.BOTH,
          List.of("money")));
      assertThat(plan.settings().discountRate()).isEqualTo(0);
      assertThat(plan.models().get("masters").salary()).isEqualTo(new Band(50, 60));
      assertThat(plan.models().get("job").salary()).isEqualTo(new Band(40, 48));
      assertThat(d.rating("job", "networth")).isInstanceOf(Rating.Range.class);
      assertThat(d.criteria().get(d.criterionIndex("networth")).label())
          .isEqualTo("10년 누적 순수입");
    }
  }
}
