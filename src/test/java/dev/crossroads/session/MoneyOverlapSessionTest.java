package dev.crossroads.session;

import dev.crossroads.session.ask.Asker;
import dev.crossroads.session.ask.FileAsker;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.edit.SavedAnswers;
import dev.crossroads.session.files.AnswersFile;
import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.question.BankCatalogue;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.question.MoneySection;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.SessionEnd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.money.MoneyOverlap;
import dev.crossroads.money.MoneyPlan;
import dev.crossroads.money.OverlapChoice;
import dev.crossroads.money.OverlapChoice.Keep;
import dev.crossroads.questions.TemplateBank;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.store.Profile;
import dev.crossroads.weighting.Weighting;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The grad-school template pre-selects its money criterion, and its money view adds net worth: the
 * session asks once whether to weigh that money twice, in English and Korean, and keeps the
 * answer in the profile so that an edit does not ask again.
 */
class MoneyOverlapSessionTest {
  private static final Catalogue BANK = new BankCatalogue(TemplateSources.builtInOnly());
  private static final Set<String> MARKED =
      new TemplateBank(TemplateSources.builtInOnly()).load("grad-school").moneyCriteria();

  @TempDir Path home;
  private final SavedProfiles saved = new SavedProfiles();
  private RecordingAsker recording = new RecordingAsker(new FileAsker(Map.of(), Optional.empty()));

  /** A grad-school session with the template's criteria and points and the money view on. */
  private static Map<String, Answer> answers() {
    Map<String, Answer> a = GradSchoolAnswers.withMoneyView();
    a.put("money.discount", Answer.text("0"));
    a.put("money.job.salary", Answer.text("40-48"));
    a.put("money.weight", Answer.text("40"));
    return a;
  }


  private static Map<String, Answer> answers(String overlap) {
    Map<String, Answer> a = answers();
    a.put("money.overlap", Answer.text(overlap));
    return a;
  }

  private static Messages messages(String language) {
    return new Messages("ko".equals(language) ? Locale.KOREAN : Locale.ENGLISH);
  }

  private Session session(String language, Asker asker) {
    Drafts drafts = new Drafts(home.resolve("drafts"));
    return new Session(messages(language), asker, BANK, new WeightedSumSummary(), saved, drafts,
        drafts.fresh(Harness.TODAY.atStartOfDay()), Harness.TODAY, 80,
        new PrintWriter(new StringWriter()));
  }

  private Profile create(String language, Map<String, Answer> answers) {
    FileAsker file = new FileAsker(answers, Optional.empty());
    recording = new RecordingAsker(file);
    SessionEnd r = session(language, recording).run(SessionState.start(language));
    assertThat(r.interrupted()).isFalse();
    assertThat(file.unused()).as("unused answers").isEmpty();
    return saved.profiles.get("grad");
  }

  private Profile edit(String language, boolean review, Map<String, Answer> changes) {
    SavedAnswers.Start start =
        SavedAnswers.start(saved.open("grad"), review, language, messages(language), BANK);
    FileAsker file = new FileAsker(changes, Optional.empty());
    recording = new RecordingAsker(file);
    SessionEnd r = session(language, recording).run(start.state());
    assertThat(r.interrupted()).isFalse();
    assertThat(file.unused()).as("unused answers").isEmpty();
    return saved.profiles.get("grad");
  }

  private List<Prompt> asked(String id) {
    return recording.prompts().stream().filter(p -> p.id().equals(id)).toList();
  }

  private static Map<String, Double> weights(Decision d) {
    return Weighting.compute(d.criteria(), d.weights()).byCriterion();
  }

  private static MoneyOverlap overlap(Profile p) {
    return MoneyOverlap.of(p.decision(), p.money(), MARKED);
  }

  @Test
  void anEnglishSessionAsksOnceWhetherToCountTheMoneyCriterionAgain() {
    create("en", answers());

    assertThat(asked(MoneySection.OVERLAP)).hasSize(1);
    Prompt p = asked(MoneySection.OVERLAP).get(0);
    assertThat(String.join("\n", p.lead()))
        .contains("You already weigh money through \u201cMoney over the next three years\u201d.",
            "only the money view", "both", "drop the money view");
    assertThat(p.defaultText()).contains("view");
    // Asked right after the money view is taken, before any of its figures.
    List<String> ids = recording.ids();
    assertThat(ids.indexOf(MoneySection.OVERLAP)).isEqualTo(ids.indexOf(MoneySection.VIEW) + 1);
  }

  @Test
  void aKoreanSessionAsksTheSameInKorean() {
    create("ko", answers());

    assertThat(asked(MoneySection.OVERLAP)).hasSize(1);
    assertThat(String.join("\n", asked(MoneySection.OVERLAP).get(0).lead()))
        .contains("이미 고른 기준 \u2018앞으로 3년간의 돈\u2019도 돈을 셉니다", "돈 계산만", "둘 다",
            "돈 계산 빼기");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void withoutAMoneyCriterionNothingIsAsked(String language) {
    Map<String, Answer> a = answers();
    a.put(Ids.CRITERIA, Answer.items(List.of("growth", "interest", "jd-fit", "time",
        "optionality")));
    a.keySet().removeIf(k -> k.endsWith(".money"));

    Profile p = create(language, a);

    assertThat(asked(MoneySection.OVERLAP)).isEmpty();
    assertThat(p.money().orElseThrow().overlap()).isEmpty();
    assertThat(overlap(p).counting()).isEqualTo(MoneyOverlap.Counting.ONCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void withoutTheMoneyViewNothingIsAsked(String language) {
    Map<String, Answer> a = answers();
    a.keySet().removeIf(k -> k.startsWith("money."));
    a.put("money.view", Answer.text("no"));

    Profile p = create(language, a);

    assertThat(asked(MoneySection.OVERLAP)).isEmpty();
    assertThat(p.money()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void keepingOnlyTheMoneyViewWeighsMoneyOnceThroughNetWorth(String language) {
    for (Map<String, Answer> a : List.of(answers("view"), answers())) {
      Profile p = create(language, a);
      saved.profiles.clear();
      saved.saved.clear();

      Decision d = p.decision();
      Map<String, Double> w = weights(d);
      // Net worth keeps its 40 points; growth, interest and jd-fit (20 each), time and
      // optionality (15 each) share the other 60 in their proportions; money gets nothing.
      assertThat(w.get("money")).isZero();
      assertThat(w.get("networth")).isCloseTo(0.40, within(1e-9));
      assertThat(w.get("growth")).isCloseTo(0.60 * 20 / 90, within(1e-9));
      assertThat(w.get("time")).isCloseTo(0.60 * 15 / 90, within(1e-9));
      // The money criterion stays, with its ratings, weighing nothing.
      assertThat(d.rating("job", "money").low()).isEqualTo(50);
      assertThat(p.money().orElseThrow().overlap())
          .contains(new OverlapChoice(Keep.VIEW_ONLY, List.of("money")));
      assertThat(overlap(p).carrier()).contains("networth");
      assertThat(overlap(p).counting()).isEqualTo(MoneyOverlap.Counting.ONCE);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void keepingBothWeighsBothAndRecordsThatItIsOnPurpose(String language) {
    Profile p = create(language, answers("both"));

    Map<String, Double> w = weights(p.decision());
    assertThat(w.get("money")).isCloseTo(0.60 * 10 / 100, within(1e-9));
    assertThat(w.get("networth")).isCloseTo(0.40, within(1e-9));
    assertThat(p.money().orElseThrow().overlap())
        .contains(new OverlapChoice(Keep.BOTH, List.of("money")));
    assertThat(overlap(p).keptOnPurpose()).containsExactly("money");
    assertThat(overlap(p).counting()).isEqualTo(MoneyOverlap.Counting.TWICE_ON_PURPOSE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void droppingTheMoneyViewAsksNoFiguresAndLeavesMoneyToItsCriterion(String language) {
    Map<String, Answer> a = answers("drop");
    a.keySet().removeIf(k -> k.startsWith("money.") && !k.equals("money.view")
        && !k.equals("money.overlap"));

    Profile p = create(language, a);

    assertThat(asked(MoneySection.HORIZON)).isEmpty();
    assertThat(asked(MoneySection.WEIGHT)).isEmpty();
    assertThat(p.money()).isEmpty();
    assertThat(p.decision().criterionIndex("networth")).isNegative();
    assertThat(weights(p.decision()).get("money")).isCloseTo(0.10, within(1e-9));
  }

  @Test
  void anAnswersFileGivesTheAnswerByItsIdOrItsWord() throws IOException {
    Path english = home.resolve("en.yaml");
    Files.writeString(english, "money:\n  overlap: both\n", StandardCharsets.UTF_8);
    Path korean = home.resolve("ko.yaml");
    Files.writeString(korean, "money.overlap: \"둘 다\"\n", StandardCharsets.UTF_8);

    Map<String, Answer> en = answers();
    en.putAll(AnswersFile.read(english));
    Profile p = create("en", en);
    assertThat(p.money().orElseThrow().overlap().orElseThrow().keep()).isEqualTo(Keep.BOTH);

    saved.profiles.clear();
    saved.saved.clear();
    Map<String, Answer> ko = answers();
    ko.putAll(AnswersFile.read(korean));
    Profile q = create("ko", ko);
    assertThat(q.money().orElseThrow().overlap().orElseThrow().keep()).isEqualTo(Keep.BOTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void anEditOfTheSavedProfileDoesNotAskAgain(String language) {
    Profile before = create(language, answers("both"));

    Profile reviewed = edit(language, true, Map.of());

    assertThat(asked(MoneySection.OVERLAP)).isEmpty();
    assertThat(reviewed).isEqualTo(before);

    // Going through every answer, the saved one is the default: Enter keeps it.
    Profile walked = edit(language, false, Map.of());

    assertThat(asked(MoneySection.OVERLAP)).singleElement()
        .satisfies(p -> assertThat(p.defaultText()).contains("both"));
    assertThat(walked).isEqualTo(before);
  }

  @Test
  void changingTheAnswerOnAnEditReweighs() {
    create("en", answers("both"));

    Profile after = edit("en", false, Map.of("money.overlap", Answer.text("view")));

    assertThat(weights(after.decision()).get("money")).isZero();
    assertThat(overlap(after).counting()).isEqualTo(MoneyOverlap.Counting.ONCE);
  }

  @Test
  void anEditOfAProfileSavedWithoutAnAnswerAsksIt() {
    Profile made = create("en", answers("both"));
    // As a profile saved before the question existed: both weighed, nothing recorded.
    MoneyPlan unanswered = made.money().orElseThrow().withOverlap(Optional.empty());
    saved.profiles.put("grad", new Profile(made.decision(), Optional.of(unanswered)));
    assertThat(overlap(saved.profiles.get("grad")).counting())
        .isEqualTo(MoneyOverlap.Counting.TWICE_UNANSWERED);

    Profile after = edit("en", true, Map.of("money.overlap", Answer.text("both")));

    assertThat(asked(MoneySection.OVERLAP)).hasSize(1);
    assertThat(after).isEqualTo(made);
  }
}
