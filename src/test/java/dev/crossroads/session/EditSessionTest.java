package dev.crossroads.session;

import dev.crossroads.session.ask.Asker;
import dev.crossroads.session.ask.FileAsker;
import dev.crossroads.session.ask.LineAsker;
import dev.crossroads.session.ask.Numbers;
import dev.crossroads.session.edit.SavedAnswers;
import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.question.BankCatalogue;
import dev.crossroads.session.question.Blueprint;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.question.Choices;
import dev.crossroads.session.question.CriterionInfo;
import dev.crossroads.session.question.Flow;
import dev.crossroads.session.question.Judgements;
import dev.crossroads.session.question.MoneySection;
import dev.crossroads.session.question.PointsKept;
import dev.crossroads.session.question.Reflection;
import dev.crossroads.session.question.Scales;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.SessionEnd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.Scenario;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.store.Profile;
import dev.crossroads.weighting.Weighting;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editing a saved profile: the session starts from the profile's answers, so going through it
 * without changing anything saves the same profile, and each change lands where it was made.
 */
class EditSessionTest {
  private static final Catalogue BANK = new BankCatalogue(TemplateSources.builtInOnly());
  private static final List<String> TEMPLATES = List.of("grad-school", "research-vs-engineering",
      "startup-vs-bigco", "abroad-vs-home", "academia-vs-industry", "specialist-vs-manager",
      "blank");
  private static final List<String> PAIR_VALUES = List.of("1", "2", "3", "5", "1/2", "1/3");

  @TempDir Path home;
  private final SavedProfiles saved = new SavedProfiles();
  private String screen = "";

  private Messages messages(String language) {
    return new Messages("ko".equals(language) ? Locale.KOREAN : Locale.ENGLISH);
  }

  private Session session(String language, Asker asker, Path draft, StringWriter out) {
    Drafts drafts = new Drafts(home.resolve("drafts"));
    return new Session(messages(language), asker, BANK, new WeightedSumSummary(), saved, drafts,
        draft, Harness.TODAY, 80, new PrintWriter(out));
  }

  private Path freshDraft() {
    return new Drafts(home.resolve("drafts")).fresh(Harness.TODAY.atStartOfDay());
  }

  /** A new session answered from {@code answers} alone; returns the saved profile. */
  private Profile create(String language, Map<String, Answer> answers) {
    StringWriter out = new StringWriter();
    FileAsker asker = new FileAsker(answers, Optional.empty());
    SessionEnd r = session(language, asker, freshDraft(), out).run(
        SessionState.start(language));
    assertThat(r.interrupted()).as(out.toString()).isFalse();
    assertThat(asker.unused()).as("unused answers").isEmpty();
    return saved.profiles.get(((Answer.Text) answers.get(Ids.SAVE)).value());
  }

  private SavedAnswers.Start start(String name, String language, boolean review) {
    return SavedAnswers.start(saved.open(name), review, language, messages(language), BANK);
  }

  /** An edit of {@code name} with {@code changes} given and every other answer kept. */
  private SessionEnd edit(String name, String language, Map<String, Answer> changes) {
    StringWriter out = new StringWriter();
    FileAsker asker = new FileAsker(changes, Optional.empty());
    SessionEnd r = session(language, asker, freshDraft(), out)
        .run(start(name, language, false).state());
    screen = out.toString();
    assertThat(asker.unused()).as("unused answers").isEmpty();
    return r;
  }

  /** Answers for a random session of {@code template}: every method, ranges, a own criterion. */
  private static Map<String, Answer> generated(String template, String language, Random rnd) {
    Blueprint b = BANK.blueprint(template, language);
    Map<String, Answer> a = new LinkedHashMap<>();
    a.put(Ids.TEMPLATE, Answer.text(template));
    List<Option> options = new ArrayList<>(b.options());
    List<String> labels = new ArrayList<>(options.stream().map(Option::label).toList());
    List<CriterionInfo> criteria = new ArrayList<>(
        b.preselected().stream().map(id -> b.criterion(id).orElseThrow()).toList());
    List<String> items = new ArrayList<>(b.preselected());
    List<String> own = new ArrayList<>();
    if (labels.isEmpty()) {
      own.addAll(List.of("Remote job", "Local job"));
    }
    if (labels.isEmpty() || rnd.nextBoolean()) {
      own.add("ko".equals(language) ? "원격 근무" : "Remote work");
    }
    for (String label : own) {
      labels.add(label);
      options.add(new Option(Choices.slug(label, "option"), label));
    }
    if (!own.isEmpty()) {
      a.put(Ids.OPTIONS, Answer.items(labels));
    }
    if (criteria.size() < 2 || rnd.nextBoolean()) {
      for (String mine : List.of("Calm", "Team")) {
        items.add(mine);
        criteria.add(Choices.custom(Choices.slug(mine, "criterion"), mine, new Messages(
            Locale.ENGLISH)));
      }
      a.put(Ids.CRITERIA, Answer.items(items));
    }
    List<String> gut = new ArrayList<>(labels);
    Collections.shuffle(gut, rnd);
    a.put(Ids.GUT, Answer.items(gut));
    CriterionInfo firstRated = criteria.stream().filter(c -> Scales.isRating(c.criterion()))
        .findFirst().orElseThrow();
    if (rnd.nextBoolean()) {
      a.put(Ids.DEALBREAKERS, Answer.items(List.of(firstRated.id())));
      a.put(Ids.DEALBREAKER + firstRated.id(), Answer.text("2"));
    }
    String method = Flow.METHODS.get(rnd.nextInt(3));
    a.put(Ids.METHOD, Answer.text(method));
    List<String> ids = criteria.stream().map(CriterionInfo::id).toList();
    switch (method) {
      case "rank" -> {
        List<String> order = new ArrayList<>(ids);
        Collections.shuffle(order, rnd);
        a.put(Ids.RANK, Answer.items(order));
      }
      case "pairs" -> {
        for (int[] p : Judgements.order(ids.size())) {
          a.put(Ids.pair(ids.get(p[0]), ids.get(p[1])),
              Answer.text(PAIR_VALUES.get(rnd.nextInt(PAIR_VALUES.size()))));
        }
      }
      default -> {
        int left = 100;
        for (int i = 0; i < ids.size(); i++) {
          int p = i == ids.size() - 1 ? left : rnd.nextInt(left / 2 + 1);
          a.put(Ids.POINTS + ids.get(i), Answer.text(Integer.toString(p)));
          left -= p;
        }
      }
    }
    for (Option o : options) {
      for (CriterionInfo c : criteria) {
        a.put(Ids.rating(o.id(), c.id()), Answer.text(rating(c, rnd)));
      }
    }
    if (List.of("grad-school", "abroad-vs-home", "startup-vs-bigco").contains(template)) {
      boolean money = rnd.nextBoolean();
      a.put(MoneySection.VIEW, Answer.text(money ? "yes" : "no"));
      if (money) {
        a.put(MoneySection.WEIGHT, Answer.text(Integer.toString(5 + rnd.nextInt(40))));
        a.put(MoneySection.DISCOUNT, Answer.text(rnd.nextBoolean() ? "0" : "3.5"));
        for (Option o : options) {
          a.put(MoneySection.id(o.id(), MoneySection.SALARY),
              Answer.text((30 + rnd.nextInt(20)) + "-" + (60 + rnd.nextInt(20))));
          a.put(MoneySection.id(o.id(), MoneySection.RAISE), Answer.text("3.5"));
          if (template.equals("abroad-vs-home")) {
            a.put(MoneySection.id(o.id(), MoneySection.LIVING),
                Answer.text(Integer.toString(rnd.nextInt(30) - 10)));
          }
          if (template.equals("startup-vs-bigco")) {
            boolean stake = rnd.nextBoolean();
            a.put(MoneySection.id(o.id(), MoneySection.EQUITY),
                Answer.text(stake ? "0-" + (100 + rnd.nextInt(400)) : "0"));
            if (stake) {
              a.put(MoneySection.id(o.id(), MoneySection.VESTING),
                  Answer.text(Integer.toString(2 + rnd.nextInt(4))));
            }
          }
        }
      }
    }
    Reflection first = b.reflections().stream().filter(r -> !r.date()).findFirst().orElseThrow();
    a.put(Ids.REFLECT + first.id(), Answer.text("ko".equals(language) ? "비자 일정" : "The visa"));
    a.put(Ids.SAVE, Answer.text("p" + rnd.nextInt(1_000_000)));
    return a;
  }

  private static String rating(CriterionInfo c, Random rnd) {
    if (!Scales.isRating(c.criterion())) {
      double low = rnd.nextInt(100);
      return switch (rnd.nextInt(3)) {
        case 0 -> Numbers.format(low);
        case 1 -> Numbers.format(low) + "-" + Numbers.format(low + 1 + rnd.nextInt(50));
        default -> Numbers.format(low) + ".." + Numbers.format(low + 1) + ".."
            + Numbers.format(low + 2.5);
      };
    }
    double[] ends = Scales.bounds(c.criterion()).orElseThrow();
    int lo = (int) ends[0];
    int span = (int) ends[1] - lo;
    int a = lo + rnd.nextInt(span - 1);
    return switch (rnd.nextInt(4)) {
      case 0 -> Integer.toString(a);
      case 1 -> a + "-" + (a + 1 + rnd.nextInt((int) ends[1] - a));
      case 2 -> a + ".." + (a + 1) + ".." + (a + 2);
      default -> "?";
    };
  }

  @Test
  void goingThroughAnEditWithoutChangesSavesTheSameProfile() {
    Random rnd = new Random(20261126);
    for (int i = 0; i < 70; i++) {
      String template = TEMPLATES.get(i % TEMPLATES.size());
      String language = i % 2 == 0 ? "en" : "ko";
      Map<String, Answer> answers = generated(template, language, rnd);
      String name = ((Answer.Text) answers.get(Ids.SAVE)).value();
      Profile before = create(language, answers);

      SessionEnd r = edit(name, language, Map.of());

      String what = "case " + i + " " + template + " " + answers;
      assertThat(r.interrupted()).as(what + "\n" + screen).isFalse();
      // Even weights the questions show rounded (ranks or pairs with the money view, kept as
      // plain numbers) come back exactly when no weighting answer changed.
      assertThat(saved.profiles.get(name)).as(what).isEqualTo(before);
    }
  }

  @Test
  void ranksAndPairsBesideTheMoneyViewComeBackAsTheyWereGiven() {
    List<String> order = List.of("growth", "interest", "jd-fit", "money", "time", "optionality");
    for (String method : List.of("rank", "pairs")) {
      Map<String, Answer> answers = generated("grad-school", "en", new Random(4));
      answers.keySet().removeIf(k -> k.startsWith(Ids.POINTS) || k.startsWith(Ids.PAIR)
          || k.startsWith(Ids.RANK) || k.startsWith("money.") || k.endsWith(".calm")
          || k.endsWith(".team") || k.equals(Ids.CRITERIA));
      answers.put(Ids.METHOD, Answer.text(method));
      if (method.equals("rank")) {
        answers.put(Ids.RANK, Answer.items(order));
      } else {
        for (int[] p : Judgements.order(order.size())) {
          answers.put(Ids.pair(order.get(p[0]), order.get(p[1])),
              Answer.text(PAIR_VALUES.get((p[0] + 2 * p[1]) % PAIR_VALUES.size())));
        }
      }
      answers.put(MoneySection.VIEW, Answer.text("yes"));
      answers.put(MoneySection.WEIGHT, Answer.text("25"));
      // Money and net worth both weigh, so money keeps its place among the others.
      answers.put(MoneySection.OVERLAP, Answer.text("both"));
      answers.put(Ids.SAVE, Answer.text(method));
      Decision before = create("en", answers).decision();
      WeightInput.Shared shared = (WeightInput.Shared) before.weights();
      assertThat(shared.criterion()).isEqualTo("networth");
      assertThat(shared.percent()).isEqualTo(25.0);
      assertThat(shared.rest()).isInstanceOf(method.equals("rank")
          ? WeightInput.RankOrder.class : WeightInput.Pairwise.class);
      assertThat(normalised(before).get("networth")).isCloseTo(0.25, within(1e-12));

      SavedAnswers.Start start = start(method, "en", false);
      assertThat(start.notices()).extracting(messages("en")::get)
          .noneSatisfy(t -> assertThat(t).contains("whole points out of 100"));
      assertThat(start.state().text(Ids.METHOD)).contains(method);
      assertThat(start.state().text(MoneySection.WEIGHT)).contains("25");

      SessionEnd r = edit(method, "en", Map.of(MoneySection.WEIGHT, Answer.text("30")));

      assertThat(r.interrupted()).isFalse();
      Decision after = saved.profiles.get(method).decision();
      // The ranking or the pairs are kept as given; only net worth's share moved.
      assertThat(after.weights()).isEqualTo(new WeightInput.Shared(shared.rest(), "networth",
          30.0, List.of()));
      Map<String, Double> w0 = normalised(before);
      Map<String, Double> w1 = normalised(after);
      for (String id : order) {
        assertThat(w1.get(id) / 0.7).as(method + " " + id).isCloseTo(w0.get(id) / 0.75,
            within(1e-12));
      }
    }
  }

  private static Map<String, Double> normalised(Decision d) {
    return Weighting.compute(d.criteria(), d.weights()).byCriterion();
  }

  @Test
  void aChangedAnswerIsSavedAndEverythingElseKept() {
    Map<String, Answer> answers = generated("grad-school", "en", new Random(3));
    answers.put(Ids.METHOD, Answer.text("rank"));
    answers.put(Ids.RANK, Answer.items(List.of("growth", "interest", "jd-fit", "money", "time",
        "optionality")));
    answers.put(Ids.CRITERIA, Answer.items(List.of("growth", "interest", "jd-fit", "money",
        "time", "optionality")));
    answers.keySet().removeIf(k -> k.startsWith(Ids.POINTS) || k.startsWith(Ids.PAIR)
        || k.endsWith(".calm") || k.endsWith(".team"));
    answers.put(Ids.SAVE, Answer.text("grad"));
    Profile before = create("en", answers);

    SessionEnd r = edit("grad", "en", Map.of(
        Ids.rating("job", "growth"), Answer.text("2..3..9"),
        Ids.TITLE, Answer.text("Grad school, second look")));

    assertThat(r.interrupted()).isFalse();
    Decision after = saved.profiles.get("grad").decision();
    assertThat(after.title()).isEqualTo("Grad school, second look");
    assertThat(after.rating("job", "growth")).isEqualTo(Rating.range(2, 3, 9));
    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    after.ratings().forEach((o, row) -> ratings.put(o, new LinkedHashMap<>(row)));
    ratings.get("job").put("growth", before.decision().rating("job", "growth"));
    Decision restored = new Decision(before.decision().title(), after.language(), after.options(),
        after.criteria(), after.gates(), after.weights(), ratings, after.reflections(),
        after.scenarios(), after.meta());
    assertThat(restored).isEqualTo(before.decision());
    assertThat(screen).contains("Saved your changes");
  }

  @Test
  void aProfileChangedByAnotherCommandIsNotOverwritten() {
    Map<String, Answer> answers = generated("startup-vs-bigco", "en", new Random(5));
    answers.put(Ids.SAVE, Answer.text("job"));
    create("en", answers);
    SavedAnswers.Start start = start("job", "en", false);
    // Someone renames the decision in another terminal while this edit is open.
    Profile theirs = saved.profiles.get("job");
    Decision d = theirs.decision();
    Profile changed = new Profile(new Decision("Their title", d.language(), d.options(),
        d.criteria(), d.gates(), d.weights(), d.ratings(), d.reflections(), d.scenarios(),
        d.meta()), theirs.money());
    saved.profiles.put("job", changed);

    Path draft = freshDraft();
    StringWriter out = new StringWriter();
    Session s = session("en", new FileAsker(Map.of(), Optional.empty()), draft, out);
    assertThatThrownBy(() -> s.run(start.state()))
        .isInstanceOfSatisfying(Problem.class, f -> {
          assertThat(f.kind()).isEqualTo(Problem.Kind.BUSY);
          String text = messages("en").get(f.userMessage());
          assertThat(text).contains("changed after this edit began", draft.toString());
        });
    assertThat(saved.profiles.get("job")).isEqualTo(changed);
    assertThat(Files.exists(draft)).isTrue();
  }

  /** A terminal harness on the shipped bank, holding a profile made from generated answers. */
  private Harness harnessWith(String template, String language, long seed, String name) {
    Harness h = new Harness(home, language).with(BANK);
    Map<String, Answer> answers = generated(template, language, new Random(seed));
    answers.put(Ids.SAVE, Answer.text(name));
    h.fromFile(answers);
    return h;
  }

  @Test
  void anInterruptedEditResumesAndStillSavesOverTheSameProfile() {
    Harness h = harnessWith("abroad-vs-home", "en", 8, "abroad");
    Profile before = h.profiles.profiles.get("abroad");
    SessionState state = SavedAnswers.start(h.profiles.open("abroad"), false, "en",
        h.messages(), BANK).state();
    Path draft = h.drafts.fresh(Harness.TODAY.atStartOfDay());

    // Enter keeps the template; a new title; then Ctrl-C at the deadline.
    SessionEnd stopped = h.typed(Harness.lines("", "Abroad, with the offer in hand")
        + Harness.CTRL_C, state, draft);

    assertThat(stopped.interrupted()).isTrue();
    assertThat(h.drafts.load(draft).origin()).contains(state.origin().orElseThrow());
    assertThat(h.profiles.profiles.get("abroad")).isEqualTo(before);

    SessionEnd done = h.resumed(Harness.ENTER.repeat(400), draft);

    assertThat(done.interrupted()).as(h.screen).isFalse();
    Decision after = h.profiles.profiles.get("abroad").decision();
    assertThat(after.title()).isEqualTo("Abroad, with the offer in hand");
    assertThat(after.ratings()).isEqualTo(before.decision().ratings());
    assertThat(h.profiles.profiles).containsOnlyKeys("abroad");
    assertThat(h.screen).contains("Saved your changes");
  }

  @Test
  void theReviewStartShowsEveryAnswerAndEditsOneByNumber() {
    Harness h = harnessWith("grad-school", "ko", 13, "grad-ko");
    SessionState state = SavedAnswers.start(h.profiles.open("grad-ko"), true, "ko",
        h.messages(), BANK).state();

    // Answer 2 is the title; then Enter at the review and at the name.
    SessionEnd r = h.typed(Harness.lines("수정 2", "대학원, 다시 보기", "", ""), state,
        h.drafts.fresh(Harness.TODAY.atStartOfDay()));

    assertThat(r.interrupted()).as(h.screen).isFalse();
    assertThat(h.profiles.profiles.get("grad-ko").decision().title()).isEqualTo("대학원, 다시 보기");
    assertThat(h.screen).contains("검토", "바뀐 내용을 저장했습니다");
  }

  @Test
  void savingUnderAnotherNameKeepsTheOriginalAndCopiesTheScenarios() {
    Map<String, Answer> answers = generated("research-vs-engineering", "en", new Random(21));
    answers.put(Ids.SAVE, Answer.text("re"));
    Profile before = create("en", answers);
    Decision d = before.decision();
    String option = d.options().get(0).id();
    String criterion = d.criteria().get(0).id();
    Scenario funded = new Scenario("funded", "", Optional.empty(),
        Map.of(option, Map.of(criterion, Rating.of(d.criteria().get(0).scale() instanceof
            dev.crossroads.decision.RatingScale r ? r.max() : 1))));
    Scenario weighted = new Scenario("weighted", "", Optional.of(d.weights()), Map.of());
    saved.profiles.put("re", new Profile(d.withScenarios(List.of(funded, weighted)),
        before.money()));

    // Drop the first option and the first criterion, and save as a copy.
    List<String> options = d.options().stream().skip(1).map(Option::label).toList();
    List<String> criteria = d.criteria().stream().skip(1).map(c -> c.id()).toList();
    Map<String, Answer> changes = new LinkedHashMap<>();
    changes.put(Ids.OPTIONS, Answer.items(options));
    changes.put(Ids.CRITERIA, Answer.items(criteria));
    changes.put(Ids.SAVE, Answer.text("re-copy"));
    changes.put(Ids.DEALBREAKERS, Answer.items(List.of()));
    if (d.weights() instanceof WeightInput.RankOrder rank) {
      changes.put(Ids.RANK, Answer.items(rank.order().stream()
          .filter(c -> !c.equals(criterion)).toList()));
    }
    if (d.meta().gutRanking().contains(option)) {
      changes.put(Ids.GUT, Answer.items(d.meta().gutRanking().stream()
          .filter(o -> !o.equals(option)).toList()));
    }
    StringWriter out = new StringWriter();
    FileAsker asker = new FileAsker(changes, Optional.empty());
    SessionEnd r = session("en", asker, freshDraft(), out)
        .run(start("re", "en", false).state());

    assertThat(r.interrupted()).as(out.toString()).isFalse();
    assertThat(saved.profiles.get("re").decision().scenarios()).containsExactly(funded, weighted);
    Decision copy = saved.profiles.get("re-copy").decision();
    assertThat(copy.options()).extracting(Option::id).doesNotContain(option);
    assertThat(copy.scenarios()).extracting(Scenario::name).containsExactly("funded", "weighted");
    assertThat(copy.scenarios().get(0).ratings()).isEmpty();
    assertThat(copy.scenarios().get(1).weights()).isEmpty();
    assertThat(out.toString()).contains("Scenario \"funded\": ratings of options or criteria")
        .contains("Scenario \"weighted\": its weights named other criteria")
        .contains("Saved the profile: /profiles/re-copy.json");
  }

  @Test
  void wholePointsAddUpAndStayWithinAPointOfTheirShares() {
    Random rnd = new Random(99);
    for (int i = 0; i < 500; i++) {
      int n = 1 + rnd.nextInt(12);
      double[] raw = new double[n];
      double sum = 0;
      for (int k = 0; k < n; k++) {
        raw[k] = rnd.nextDouble();
        sum += raw[k];
      }
      double[] shares = new double[n];
      for (int k = 0; k < n; k++) {
        shares[k] = raw[k] / sum * 100;
      }
      int[] points = PointsKept.wholePoints(shares, 100);
      assertThat(java.util.Arrays.stream(points).sum()).isEqualTo(100);
      for (int k = 0; k < n; k++) {
        assertThat((double) points[k]).isCloseTo(shares[k], within(1.0));
      }
    }
    assertThat(PointsKept.wholePoints(new double[] {19.999999999, 30.0000000001, 50}, 100))
        .containsExactly(20, 30, 50);
  }

  @Test
  void aNoticeSaysWhatCouldNotBeKeptExactly() {
    Messages en = messages("en");
    Decision d = create("en", generated("blank", "en", new Random(2))).decision();
    Map<String, Double> direct = new LinkedHashMap<>();
    d.criteria().forEach(c -> direct.put(c.id(), 1.0 / 3));
    Profile odd = new Profile(d.withWeights(new WeightInput.Direct(direct)), Optional.empty());
    saved.profiles.put("odd", odd);

    List<Message> notices = start("odd", "en", false).notices();

    assertThat(notices).extracting(en::get)
        .anySatisfy(t -> assertThat(t).contains("whole points out of 100"));
  }

  private Profile crafted(String name, java.util.function.UnaryOperator<Decision> change) {
    Map<String, Answer> answers = generated("grad-school", "en", new Random(31));
    answers.put(Ids.SAVE, Answer.text(name));
    Profile made = create("en", answers);
    Profile p = new Profile(change.apply(made.decision()), made.money());
    saved.profiles.put(name, p);
    return p;
  }

  private static Decision with(Decision d, List<dev.crossroads.decision.Criterion> criteria,
      List<Option> options, List<dev.crossroads.decision.Gate> gates,
      Map<String, String> reflections) {
    return new Decision(d.title(), d.language(), options, criteria, gates, d.weights(),
        d.ratings(), reflections, d.scenarios(), d.meta());
  }

  @Test
  void labelsThatReadLikeOtherIdsAndSharedLabelsKeepEveryOptionAndCriterion() {
    Profile odd = crafted("odd", d -> {
      List<dev.crossroads.decision.Criterion> criteria = new ArrayList<>(d.criteria());
      dev.crossroads.decision.Criterion first = criteria.get(0);
      // The first criterion is labelled with the second's id; two options share a label.
      criteria.set(0, new dev.crossroads.decision.Criterion(first.id(), criteria.get(1).id(),
          first.direction(), first.scale()));
      List<Option> options = new ArrayList<>(d.options());
      options.set(1, new Option(options.get(1).id(), options.get(0).label()));
      return with(d, criteria, options, d.gates(), d.reflections());
    });

    SessionEnd r = edit("odd", "en", Map.of());

    assertThat(r.interrupted()).as(screen).isFalse();
    assertThat(saved.profiles.get("odd")).isEqualTo(odd);
  }

  @Test
  void aDealbreakerTheQuestionCannotShowIsKeptAndSaid() {
    Profile gated = crafted("gated", d -> with(d, d.criteria(), d.options(),
        List.of(new dev.crossroads.decision.Gate("growth", java.util.OptionalDouble.of(2),
            java.util.OptionalDouble.of(9))), d.reflections()));

    assertThat(start("gated", "en", false).notices()).extracting(messages("en")::get)
        .anySatisfy(t -> assertThat(t).contains("dealbreaker on Growth", "kept as it is"));
    assertThat(edit("gated", "en", Map.of()).interrupted()).isFalse();
    assertThat(saved.profiles.get("gated")).isEqualTo(gated);
  }

  @Test
  void aSavedAnswerTheQuestionRefusesIsAskedAgainEvenFromTheReview() {
    crafted("worded", d -> {
      Map<String, String> notes = new LinkedHashMap<>(d.reflections());
      notes.put("review-date", "next spring");
      return with(d, d.criteria(), d.options(), d.gates(), notes);
    });
    Harness h = new Harness(home, "en").with(BANK);
    h.profiles.profiles.putAll(saved.profiles);
    SessionState state = SavedAnswers.start(h.profiles.open("worded"), true, "en",
        h.messages(), BANK).state();

    // The review start opens at the date instead; then the review, then the name.
    SessionEnd r = h.typed(Harness.lines("2027-05-01", "", ""), state,
        h.drafts.fresh(Harness.TODAY.atStartOfDay()));

    assertThat(r.interrupted()).as(h.screen).isFalse();
    Decision after = h.profiles.profiles.get("worded").decision();
    assertThat(after.meta().reviewDate()).contains(java.time.LocalDate.of(2027, 5, 1));
  }

  @Test
  void removingACriterionKeepsTheOtherPointsInProportion() {
    pointsProfile("pts");
    List<String> ids = List.of("growth", "interest", "jd-fit", "money", "time", "optionality");

    // Without "growth" the rest keep 20:20:10:10:10, scaled to 100.
    SessionEnd r = edit("pts", "en", Map.of(Ids.CRITERIA,
        Answer.items(ids.subList(1, ids.size()))));

    assertThat(r.interrupted()).as(screen).isFalse();
    assertThat(((WeightInput.Points) saved.profiles.get("pts").decision().weights()).points())
        .containsExactlyInAnyOrderEntriesOf(Map.of("interest", 29.0, "jd-fit", 29.0,
            "money", 14.0, "time", 14.0, "optionality", 14.0));
  }

  @Test
  void anEditKeepsItsTemplate() {
    Map<String, Answer> answers = generated("startup-vs-bigco", "en", new Random(7));
    answers.put(Ids.SAVE, Answer.text("same"));
    Profile before = create("en", answers);

    assertThatThrownBy(() -> edit("same", "en", Map.of(Ids.TEMPLATE, Answer.text("blank"))))
        .isInstanceOfSatisfying(Problem.class, f -> assertThat(messages("en").get(
            f.userMessage())).contains("keeps the decision's template"));
    assertThat(saved.profiles.get("same")).isEqualTo(before);
  }

  @Test
  void anEditWhoseProfileWasDeletedMeanwhileStillResumesAndSaves() {
    Harness h = harnessWith("academia-vs-industry", "en", 9, "gone");
    Profile before = h.profiles.profiles.get("gone");
    SessionState state = SavedAnswers.start(h.profiles.open("gone"), false, "en",
        h.messages(), BANK).state();
    Path draft = h.drafts.fresh(Harness.TODAY.atStartOfDay());
    h.typed(Harness.lines("") + Harness.CTRL_C, state, draft);
    h.profiles.profiles.remove("gone");
    h.profiles.saved.remove("gone");

    SessionEnd done = h.resumed(Harness.ENTER.repeat(400), draft);

    assertThat(done.interrupted()).as(h.screen).isFalse();
    assertThat(h.profiles.profiles.get("gone")).isEqualTo(before);
  }

  @Test
  void pipedLinesStopWithTheStoresExitCodeWhenTheProfileChangedMeanwhile() {
    Map<String, Answer> answers = generated("specialist-vs-manager", "en", new Random(10));
    answers.put(Ids.SAVE, Answer.text("piped"));
    create("en", answers);
    SessionState state = start("piped", "en", false).state();
    Profile theirs = saved.profiles.get("piped");
    saved.profiles.put("piped", new Profile(theirs.decision().withScenarios(List.of(
        new Scenario("theirs", "", Optional.empty(), Map.of()))), theirs.money()));

    Session s = session("en", new LineAsker(new java.io.BufferedReader(
        new java.io.StringReader("\n".repeat(400)))), freshDraft(), new StringWriter());

    assertThatThrownBy(() -> s.run(state)).isInstanceOfSatisfying(Problem.class,
        f -> assertThat(f.kind()).isEqualTo(Problem.Kind.BUSY));
    assertThat(saved.profiles.get("piped").decision().scenarios()).hasSize(1);
  }

  private Profile pointsProfile(String name) {
    Map<String, Answer> answers = generated("grad-school", "en", new Random(6));
    answers.keySet().removeIf(k -> k.startsWith(Ids.POINTS) || k.startsWith(Ids.PAIR)
        || k.startsWith(Ids.RANK) || k.endsWith(".calm") || k.endsWith(".team")
        || k.equals(Ids.CRITERIA) || k.startsWith("money.") || k.startsWith(Ids.DEALBREAKER));
    answers.put(MoneySection.VIEW, Answer.text("no"));
    answers.put(Ids.METHOD, Answer.text("points"));
    List<String> ids = List.of("growth", "interest", "jd-fit", "money", "time", "optionality");
    int[] given = {30, 20, 20, 10, 10, 10};
    for (int i = 0; i < ids.size(); i++) {
      answers.put(Ids.POINTS + ids.get(i), Answer.text(Integer.toString(given[i])));
    }
    answers.put(Ids.SAVE, Answer.text(name));
    return create("en", answers);
  }

  private static Map<String, Double> points(Profile p) {
    return ((WeightInput.Points) p.decision().weights()).points();
  }

  @Test
  void changingOnePointsAnswerLetsTheLaterCriteriaShareWhatIsLeft() {
    pointsProfile("pts");

    SessionEnd r = edit("pts", "en", Map.of(Ids.POINTS + "growth", Answer.text("50")));

    assertThat(r.interrupted()).as(screen).isFalse();
    // 20:20:10:10:10 share the 50 left in proportion, in whole points adding up to 100.
    Map<String, Double> p = points(saved.profiles.get("pts"));
    assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(100);
    assertThat(p).containsEntry("growth", 50.0);
    Map<String, Double> was = Map.of("interest", 20.0, "jd-fit", 20.0, "money", 10.0,
        "time", 10.0, "optionality", 10.0);
    was.forEach((c, v) -> assertThat(p.get(c)).as(c).isCloseTo(v * 50 / 70, within(1.0)));
  }

  @Test
  void removingACriterionByTypingAtTheReviewKeepsTheOtherPointsInProportion() {
    Harness h = new Harness(home, "en").with(BANK);
    h.profiles.profiles.put("pts", pointsProfile("pts"));
    SessionState state = SavedAnswers.start(h.profiles.open("pts"), true, "en", h.messages(),
        BANK).state();

    // Answer 6 is the criteria list: remove the first, Enter; then the review and the name.
    SessionEnd r = h.typed(Harness.lines("edit 6", "remove 1", "", "", ""), state,
        h.drafts.fresh(Harness.TODAY.atStartOfDay()));

    assertThat(r.interrupted()).as(h.screen).isFalse();
    assertThat(points(h.profiles.profiles.get("pts"))).containsExactlyInAnyOrderEntriesOf(
        Map.of("interest", 29.0, "jd-fit", 29.0, "money", 14.0, "time", 14.0,
            "optionality", 14.0));
  }

  @Test
  @org.junit.jupiter.api.Timeout(20)
  void aResumedEditWithAQuestionNobodyCanAnswerStopsAndSaysWhich() {
    pointsProfile("stuck");
    SessionState start = start("stuck", "en", true).state();
    String rating = Ids.rating("job", "growth");
    SessionState state = start.without(rating).at(rating).reviewing(true);

    Session s = session("en", new FileAsker(Map.of(), Optional.empty()), freshDraft(),
        new StringWriter());

    assertThatThrownBy(() -> s.run(state)).isInstanceOfSatisfying(Problem.class, f -> {
      assertThat(f.kind()).isEqualTo(Problem.Kind.BAD_DATA);
      assertThat(messages("en").get(f.userMessage())).contains(rating);
    });
  }

  @Test
  void theSummaryShowsWhatIsSavedAndSavedAnswersNameOptionsByLabel() {
    Profile gated = crafted("shown", d -> with(d, d.criteria(), d.options(),
        List.of(new dev.crossroads.decision.Gate("growth", java.util.OptionalDouble.of(2),
            java.util.OptionalDouble.of(9))), d.reflections()));
    List<Profile> summarised = new ArrayList<>();
    Summarizer recording = new Summarizer() {
      @Override
      public RenderedSummary summarize(Decision decision, Messages m, int width) {
        return new WeightedSumSummary().summarize(decision, m, width);
      }

      @Override
      public RenderedSummary summarize(Profile profile, Messages m, int width) {
        summarised.add(profile);
        return summarize(profile.decision(), m, width);
      }
    };
    Session session = new Session(messages("en"), new FileAsker(Map.of(), Optional.empty()),
        BANK, recording, saved, new Drafts(home.resolve("drafts")), freshDraft(),
        Harness.TODAY, 80, new PrintWriter(new StringWriter()));

    SessionEnd r = session.run(start("shown", "en", false).state());

    assertThat(r.interrupted()).isFalse();
    assertThat(summarised).containsExactly(saved.profiles.get("shown"));
    assertThat(saved.profiles.get("shown")).isEqualTo(gated);
    List<String> labels = gated.decision().options().stream().map(Option::label).toList();
    assertThat(session.answersInOrder(r.state()).get(Ids.OPTIONS))
        .isEqualTo(Answer.items(labels));
  }

  @Test
  void renamingAnOptionKeepsWhatWasSaidAboutIt() {
    Map<String, Answer> answers = generated("grad-school", "en", new Random(12));
    answers.put(MoneySection.VIEW, Answer.text("yes"));
    answers.put(Ids.SAVE, Answer.text("renamed"));
    Decision before = create("en", answers).decision();
    List<String> ids = before.options().stream().map(Option::id).toList();
    List<String> renamed = new ArrayList<>(ids);
    renamed.set(ids.indexOf("job"), "Job at Naver");

    SessionEnd r = edit("renamed", "en", Map.of(Ids.OPTIONS, Answer.items(renamed)));

    assertThat(r.interrupted()).as(screen).isFalse();
    Profile after = saved.profiles.get("renamed");
    Decision d = after.decision();
    assertThat(d.options()).extracting(Option::id).contains("job-at-naver").doesNotContain("job");
    before.ratings().get("job").forEach((c, rating) -> {
      if (!c.equals("networth")) {
        assertThat(d.rating("job-at-naver", c)).as(c).isEqualTo(rating);
      }
    });
    assertThat(d.meta().gutRanking()).contains("job-at-naver").doesNotContain("job");
    assertThat(after.money().orElseThrow().models()).containsKey("job-at-naver");
  }
}
