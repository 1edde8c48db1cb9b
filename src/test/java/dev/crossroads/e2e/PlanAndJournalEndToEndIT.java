package dev.crossroads.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Hindsight;
import dev.crossroads.decision.JournalEntry;
import dev.crossroads.decision.NextStep;
import dev.crossroads.decision.Plan;
import dev.crossroads.store.Profile;
import dev.crossroads.store.ProfileReader;
import dev.crossroads.store.ProfileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built program in a real terminal, past the summary: a session records Plan A, B and Z, two
 * next steps and the signals to switch; weeks later (the profile's dates moved into the past, as
 * time would) {@code crossroads next} lists the overdue step first, {@code crossroads review
 * NAME} asks how it went and keeps the answers in the journal, and {@code crossroads review}
 * sums the journals up. In English and in Korean.
 */
class PlanAndJournalEndToEndIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final LocalDate TODAY = LocalDate.now();
  @TempDir Path home;

  @BeforeAll
  static void aTerminalAndTheBuiltJar() {
    Tmux.requireWithTheJar(ROOT);
  }

  /**
   * {@code session}, then a wait until the test has moved the profile's dates into the past,
   * then {@code after}; each command's exit code is echoed after it.
   */
  private String command(String session, String... after) {
    StringBuilder line = new StringBuilder("cd '" + ROOT + "' && export LANG=C.UTF-8 LC_ALL=C.UTF-8"
        + " HOME='" + home + "' CROSSROADS_HOME='" + home.resolve("crossroads") + "'; "
        + session + "; echo \"EXIT=$?\"; while [ ! -f '" + home.resolve("later") + "' ]; do"
        + " sleep 0.1; done; ");
    for (int i = 0; i < after.length; i++) {
      line.append(after[i]).append("; echo \"EXIT").append(i + 1).append("=$?\"; ");
    }
    return line.append("sleep 600").toString();
  }

  private Path file(String name) {
    return home.resolve("crossroads/profiles/" + name + ".json");
  }

  /**
   * Weeks pass: the review date was three days ago and the first next step two days ago. The
   * file is rewritten as a person editing it by hand would leave it.
   */
  private void timePasses(String name) throws IOException {
    Profile p = new ProfileReader().readProfile(file(name));
    Decision d = p.decision();
    Plan plan = d.meta().plan();
    List<NextStep> steps = new ArrayList<>(plan.steps());
    steps.set(0, new NextStep(steps.get(0).what(), TODAY.minusDays(2)));
    Decision earlier = d.withMeta(new dev.crossroads.decision.Meta(d.meta().templateId(),
        d.meta().deadline(), java.util.Optional.of(TODAY.minusDays(3)), d.meta().gutRanking(),
        new Plan(plan.a(), plan.b(), plan.z(), steps, plan.signals()), d.meta().journal()));
    Files.writeString(file(name), new ProfileWriter().toJson(new Profile(earlier, p.money()), name),
        StandardCharsets.UTF_8);
    Files.writeString(home.resolve("later"), "", StandardCharsets.UTF_8);
  }

  /**
   * Plans A, B and Z, two steps on the dates offered (one and two weeks on), no third step, the
   * signals, and the name offered.
   */
  private static void plan(Person p, String a, String b, String z, String step1, String step2,
      String signals) {
    p.answers(a, b, z, step1, "", step2, "", "", signals, "");
  }

  /**
   * Weeks later: next, then review NAME answered with {@code lookBack}, then review; the
   * screen once all three are done.
   */
  private String later(Person p, String name, String... lookBack) throws IOException {
    timePasses(name);
    p.waitFor("EXIT1=");
    p.answers(lookBack);
    return p.waitFor("EXIT3=");
  }

  private Decision profile(String name) throws IOException {
    return new ProfileReader().read(file(name));
  }

  @Test
  void anEnglishSessionRecordsThePlanAndLaterNextAndReviewLookBack() throws Exception {
    String name = "grad-school-or-a-job-now-" + TODAY.getYear();
    try (Tmux tmux = new Tmux(home, Tmux.personAt(home), command("./crossroads",
        "./crossroads next", "./crossroads review " + name, "./crossroads review"))) {
      Person p = new Person(tmux);
      p.answers("", "", "", "");
      p.answer("1 3 4 2");
      p.answers("", "", "");
      p.answers("", "", "", "", "", "");
      p.answers("7", "8", "9", "4");
      p.answers("6", "5", "8", "5");
      p.answers("8", "9", "6", "5");
      p.answers("70", "30-50", "150", "20");
      p.answers("2", "5", "0", "0.5");
      p.answers("7", "5", "6", "8");
      p.answer("no");
      p.answers("", "", "", "", "", "");
      p.answer("");
      p.waitFor("── Your plan ──");
      plan(p, "Start the ML engineer job in March", "Apply to two labs for the autumn intake",
          "Live at home and tutor while I apply", "Read ten current job postings for ML engineers",
          "Ask two of the lab's students about the stipend", "No reply from the team by January");
      String saved = p.waitFor("EXIT=");
      assertThat(saved).contains("EXIT=0", "Saved the profile:");
      assertThat(saved.indexOf("── Summary ──")).isLessThan(saved.indexOf("── Your plan ──"));
      Plan plan = profile(name).meta().plan();
      assertThat(plan.a()).isEqualTo("Start the ML engineer job in March");
      assertThat(plan.z()).isEqualTo("Live at home and tutor while I apply");
      assertThat(plan.steps()).extracting(NextStep::by)
          .containsExactly(TODAY.plusDays(7), TODAY.plusDays(14));
      assertThat(plan.signals()).isEqualTo("No reply from the team by January");

      String screen = later(p, name, "3", "7", "The team mattered more than the title", "2", "");

      assertThat(screen).contains("EXIT1=0", "EXIT2=0", "EXIT3=0",
          "Overdue (1)", "2 days overdue", "Coming up (1)", "in 14 days",
          "Review date " + TODAY.minusDays(3) + ": 3 days ago.",
          "Your plan", "Plan Z (the safe fallback)", "Next steps",
          "── Looking back ──", "1 Master's (about two years) · 2 PhD",
          "Written in the journal of " + name,
          "No decision is due for review.", "You have looked back at 1 decision.",
          "Your gut and the model put the same option first in 0 of 1.");
      assertThat(screen.indexOf("Read ten current job postings"))
          .isLessThan(screen.indexOf("Ask two of the lab's students"));
      JournalEntry e = profile(name).meta().journal().get(0);
      assertThat(e.date()).isEqualTo(TODAY);
      assertThat(e.chose()).contains("Start working now");
      assertThat(e.outcome()).isEqualTo(OptionalInt.of(7));
      assertThat(e.hindsight()).contains(Hindsight.ABOUT_RIGHT);
      assertThat(e.gutFirst()).contains("Master's (about two years)");
      assertThat(e.modelFirst()).contains("Start working now");
    }
  }

  @Test
  void aKoreanEditAddsThePlanAndNextAndReviewSpeakKorean() throws Exception {
    Path answers = GradSchoolFile.write(home, "decision.title: 대학원이냐 취업이냐");
    String create = "./crossroads new --lang ko --no-input --answers '" + answers + "' >/dev/null"
        + " && ./crossroads edit grad --review --lang ko";
    try (Tmux tmux = new Tmux(home, Tmux.personAt(home), command(create, "./crossroads next --lang ko",
        "./crossroads review grad --lang ko", "./crossroads review --lang ko"))) {
      Person p = new Person(tmux);
      p.answer("");
      p.waitFor("── 계획 ──");
      plan(p, "바로 취업해서 3월에 시작하기", "가을 학기 입학으로 연구실 두 곳에 지원하기",
          "본가에서 지내며 과외하기", "목표 직무의 채용 공고 열 개 읽기",
          "연구실 학생 두 명에게 장학금 물어보기", "1월까지 팀에서 답이 없으면");
      String saved = p.waitFor("EXIT=");
      assertThat(saved).contains("EXIT=0", "플랜 A: 무엇을 할 건가요?");
      assertThat(profile("grad").meta().plan().b()).isEqualTo("가을 학기 입학으로 연구실 두 곳에 지원하기");

      String screen = later(p, "grad", "바로 취업", "8", "팀이 직함보다 중요했어요", "적절", "");

      assertThat(screen).contains("EXIT1=0", "EXIT2=0", "EXIT3=0",
          "날짜가 지난 할 일 (1)", "2일 지남", "다가오는 할 일 (1)", "14일 뒤",
          "계획", "플랜 Z (안전한 마지막 방법)", "다음 할 일",
          "── 돌아보기 ──", "무엇을 골랐나요?", "grad의 일지에 남겼어요",
          "지금까지 결정 1개를 돌아봤어요.");
      JournalEntry e = profile("grad").meta().journal().get(0);
      assertThat(e.chose()).contains("바로 취업");
      assertThat(e.outcome()).isEqualTo(OptionalInt.of(8));
      assertThat(e.hindsight()).contains(Hindsight.ABOUT_RIGHT);
      assertThat(e.learned()).isEqualTo("팀이 직함보다 중요했어요");
    }
  }
}
