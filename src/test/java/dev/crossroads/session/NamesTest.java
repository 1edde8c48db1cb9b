package dev.crossroads.session;

import dev.crossroads.session.question.Blueprint;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.question.CriterionInfo;
import dev.crossroads.session.step.SessionEnd;

import static dev.crossroads.session.Harness.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What people type to name things is what they see: labels in either language, any case, the
 * start of one; and a criterion of their own is asked what it is instead of given placeholders.
 */
class NamesTest {
  private static final String EDIT_CRITERIA = "edit 6";
  @TempDir Path home;

  private static Decision decision(Harness h, SessionEnd r) {
    assertThat(r.interrupted()).as("stopped at %s; the screen:%n%s", r.state().cursor(), h.screen)
        .isFalse();
    return r.decision().orElseThrow();
  }

  /** At the review: add {@code name}, answer {@code then}, give it 10 points and rate it. */
  private static String addAtTheReview(String name, String... then) {
    List<String> keys = new ArrayList<>(List.of(EDIT_CRITERIA, "add " + name, ""));
    keys.addAll(List.of(then));
    keys.addAll(List.of("10", "50", "40", "45", "", ""));
    return Script.keysBefore("review") + lines(keys.toArray(String[]::new));
  }

  @Test
  void addFindsTheCatalogueCriterionByTheStartOfItsLabel() {
    Harness h = new Harness(home, "en");

    Decision d = decision(h, h.typed(addAtTheReview("sal")));

    Criterion salary = d.criteria().get(d.criterionIndex("salary"));
    assertThat(salary.label()).isEqualTo("Salary");
    assertThat(salary.scale()).isEqualTo(QuantityScale.of("KRW 10k"));
    assertThat(h.screen).doesNotContain("is your own criterion");
  }

  @Test
  void addFindsTheCatalogueCriterionByItsLabelInTheOtherLanguage() {
    Harness en = new Harness(home.resolve("en"), "en");
    Harness ko = new Harness(home.resolve("ko"), "ko");

    Decision english = decision(en, en.typed(addAtTheReview("연봉")));
    Decision korean = decision(ko, ko.typed(addAtTheReview("SALARY")));

    assertThat(english.criteria()).extracting(Criterion::id).contains("salary");
    assertThat(korean.criteria().get(korean.criterionIndex("salary")).label()).isEqualTo("연봉");
  }

  @Test
  void aCriterionAlreadyChosenIsRefusedByItsLabelNotOnlyItsId() {
    Harness h = new Harness(home, "en");
    String keys = Script.keysBefore("criteria") + lines("add time IT", "")
        + Script.keysFrom("dealbreakers");

    decision(h, h.typed(keys));

    assertThat(h.screen).contains("! \"Time it takes\" is already chosen.");
  }

  @Test
  void aCriterionOfYourOwnIsAskedItsDirectionScaleAndUnit() {
    Harness h = new Harness(home, "en");

    Decision d = decision(h, h.typed(addAtTheReview("Commute", "less", "2", "minutes a day")));

    Criterion commute = d.criteria().get(d.criterionIndex("commute"));
    assertThat(commute.direction()).isEqualTo(Direction.COST);
    assertThat(commute.scale()).isEqualTo(QuantityScale.of("minutes a day"));
    assertThat(d.rating("masters", "commute")).isEqualTo(Rating.of(50));
    assertThat(h.screen).contains("\"Commute\" is your own criterion. Is more of it better, or less?",
        "How will you rate \"Commute\" for each option?", "In what unit is \"Commute\" measured?",
        "Commute: your own criterion, where less is better.",
        "How much Commute would “Master's” mean, in minutes a day?",
        "Rating 10 of 12 (minutes a day) › 50");
    assertThat(h.screen).doesNotContain("in your own words");
  }

  @Test
  void aCriterionOfYourOwnRatedOneToTenKeepsTheRatingScale() {
    Harness h = new Harness(home, "ko");

    Decision d = decision(h, h.typed(addAtTheReview("\"통근\"", "많을수록", "점수")
        .replace("\r50\r40\r45\r", "\r5\r4\r4\r")));

    Criterion own = d.criteria().get(d.criterionIndex("통근"));
    assertThat(own.direction()).isEqualTo(Direction.BENEFIT);
    assertThat(own.scale()).isEqualTo(RatingScale.ONE_TO_TEN);
    assertThat(h.screen).contains("\"통근\"은 직접 정한 기준이에요.");
  }

  @Test
  void dealbreakersAndRankingsTakeNamesAsWellAsNumbers() {
    Harness h = new Harness(home, "en");
    String keys = Script.keysBefore("gut") + lines("start, master's, one more")
        + lines("", "time")
        + lines("5", "rank", "interest > growth") + Script.keysFrom("rating.masters.growth");

    Decision d = decision(h, h.typed(keys));

    assertThat(d.meta().gutRanking()).containsExactly("job", "masters", "keep-open");
    assertThat(d.gates()).extracting(g -> g.criterionId()).containsExactly("time");
    assertThat(d.weights()).isEqualTo(new dev.crossroads.decision.WeightInput.RankOrder(
        List.of("interest", "growth", "time")));
  }

  @Test
  void curlyApostrophesAndSpacesAreTheSameNames() {
    Harness h = new Harness(home, "en");
    String keys = Script.keysBefore("gut") + lines("start, master’s, one   MORE")
        + Script.keysFrom("criteria");

    Decision d = decision(h, h.typed(keys));

    assertThat(d.meta().gutRanking()).containsExactly("job", "masters", "keep-open");
  }

  @Test
  void anIdThatStartsAnotherLabelIsAskedAboutNotTakenQuietly() {
    Harness en = new Harness(home.resolve("en"), "en").with(new FitCatalogue());
    Harness ko = new Harness(home.resolve("ko"), "ko").with(new FitCatalogue());
    String keys = Script.keysBefore("criteria") + lines("add fit", "")
        + Script.keysFrom("dealbreakers");

    Decision english = decision(en, en.typed(keys));
    Decision korean = decision(ko, ko.typed(keys));

    assertThat(en.screen).contains("! \"fit\" could be Fit with the job postings you want "
        + "(jd-fit), Personal fit (fit): type more of");
    assertThat(ko.screen).contains("원하는 채용공고와의 적합도 (jd-fit), 나와의 궁합 (fit)");
    assertThat(english.criteria()).extracting(Criterion::id).doesNotContain("fit", "jd-fit");
    assertThat(korean.criteria()).extracting(Criterion::id).doesNotContain("fit", "jd-fit");
  }

  /** The test template with the shipped bank's two criteria that answer to "fit". */
  private static final class FitCatalogue implements Catalogue {
    private final TestCatalogue bank = new TestCatalogue();

    @Override
    public List<Title> titles(String language) {
      return bank.titles(language);
    }

    @Override
    public Blueprint blueprint(String id, String language) {
      Blueprint b = bank.blueprint(id, language);
      boolean ko = language.equals("ko");
      List<CriterionInfo> catalogue = new ArrayList<>(b.catalogue());
      catalogue.add(fit("jd-fit", ko ? "원하는 채용공고와의 적합도" : "Fit with the job postings you want"));
      catalogue.add(fit("fit", ko ? "나와의 궁합" : "Personal fit"));
      return new Blueprint(b.id(), b.title(), b.intro(), b.options(), catalogue, b.preselected(),
          b.suggestedPoints(), b.reflections(), b.keptMoney(), b.moneyCriteria(), b.money());
    }

    private static CriterionInfo fit(String id, String label) {
      return new CriterionInfo(new Criterion(id, label, Direction.BENEFIT, RatingScale.ONE_TO_TEN),
          label, "{option}?", "low", "high", "");
    }
  }
}
