package dev.crossroads.session.question;

import dev.crossroads.session.ask.Numbers;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.InvalidDecisionException;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.money.Band;
import dev.crossroads.money.Equity;
import dev.crossroads.money.MoneyCriterion;
import dev.crossroads.money.MoneyFeed;
import dev.crossroads.money.MoneyModel;
import dev.crossroads.money.MoneyOverlap;
import dev.crossroads.money.MoneyPlan;
import dev.crossroads.money.MoneySettings;
import dev.crossroads.money.OverlapChoice;
import dev.crossroads.weighting.Weighting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The money view in a session: offered after the ratings for the templates where study years,
 * forgone salary or equity make money a question of its own. Its answers become a money plan and
 * one more quantity criterion, net worth over the horizon, whose range comes from the plan. When
 * criteria already chosen count money too, one question asks whether to keep only the money view,
 * keep both or drop the view, so the same money is not weighed twice unawares.
 *
 * <p>Every default here is an example of the kind of figure to enter, labelled as one on screen;
 * none is a fact about any market.
 */
public final class MoneySection {
  static final String CRITERION = "networth";
  public static final String VIEW = Ids.MONEY + "view";
  public static final String HORIZON = Ids.MONEY + "horizon";
  public static final String DISCOUNT = Ids.MONEY + "discount";
  public static final String WEIGHT = Ids.MONEY + "weight";
  public static final String OVERLAP = Ids.MONEY + "overlap";
  /** Whether any option involves study: when none does, no study years, tuition or stipend. */
  static final String STUDYING = Ids.MONEY + "studying";
  static final String VIEW_ONLY = "view";
  static final String BOTH = "both";
  static final String DROP = "drop";
  static final String STUDY = "studyYears";
  static final String TUITION = "tuition";
  static final String STIPEND = "stipend";
  public static final String SALARY = "salary";
  public static final String RAISE = "raise";
  public static final String LIVING = "living";
  public static final String EQUITY = "equity";
  public static final String VESTING = "vesting";

  static final Set<String> OFFERED = Set.of("grad-school", "abroad-vs-home",
      "startup-vs-bigco");
  static final String WITH_LIVING = "abroad-vs-home";
  static final String WITH_EQUITY = "startup-vs-bigco";
  private static final double MAX_AMOUNT = 1e9;

  /** Example figures per template option: study years, tuition, stipend, salary, raise %. */
  private record Example(String study, String tuition, String stipend, String salary,
      String raise, String living, String equity) {}

  static final Example OTHER = new Example("0", "0", "0", "40-50", "3", "0", "0");
  static final Map<String, Example> EXAMPLES = Map.ofEntries(
      Map.entry("masters", new Example("2", "10", "6", "48-58", "4", "0", "0")),
      Map.entry("phd", new Example("5.5", "8", "20", "60-75", "4", "0", "0")),
      Map.entry("job", new Example("0", "0", "0", "40-48", "4", "0", "0")),
      Map.entry("keep-open", new Example("0.5", "2", "0", "40-50", "4", "0", "0")),
      Map.entry("abroad-grad", new Example("2", "40", "0", "70-110", "4", "15", "0")),
      Map.entry("abroad-job", new Example("0", "0", "0", "70-100", "4", "15", "0")),
      Map.entry("home", new Example("0", "0", "0", "40-50", "4", "0", "0")),
      Map.entry("stay", new Example("0", "0", "0", "45-50", "3", "0", "0")),
      Map.entry("startup", new Example("0", "0", "0", "45-55", "5", "0", "0-300")),
      Map.entry("bigco", new Example("0", "0", "0", "55-65", "4", "0", "0")));

  private MoneySection() {}

  /**
   * True when the template asks about money; not when an edited profile's plan is carried over
   * as it is ({@link Blueprint#keptMoney}), since the questions could not show it.
   */
  static boolean offered(Context ctx) {
    return ctx.template().map(b -> OFFERED.contains(b.id()) && b.keptMoney().isEmpty())
        .orElse(false);
  }

  /**
   * True when the section is offered and the person took it (the default for grad school), and
   * did not drop it again on hearing it would count money twice.
   */
  static boolean on(Context ctx) {
    return wanted(ctx) && !overlapAnswer(ctx).filter(DROP::equals).isPresent();
  }

  private static boolean wanted(Context ctx) {
    return offered(ctx) && ctx.state().text(VIEW).orElse(defaultView(ctx)).equals("yes");
  }

  /**
   * The chosen criteria that count money, which net worth would count again: those the template
   * marks, and quantities in a currency ({@link MoneyOverlap#countsMoney}).
   */
  static List<CriterionInfo> overlapping(Context ctx) {
    Set<String> marked = ctx.blueprint().moneyCriteria();
    String currency = currency(ctx);
    return ctx.criteria().stream()
        .filter(c -> !c.id().equals(CRITERION)
            && MoneyOverlap.countsMoney(c.criterion(), marked, currency))
        .toList();
  }

  /**
   * The answer to the question about money counted twice ({@value #VIEW_ONLY}, {@value #BOTH}
   * or {@value #DROP}; keeping only the view unless answered), when the question is asked: the
   * money view is wanted and chosen criteria count money too.
   */
  static Optional<String> overlapAnswer(Context ctx) {
    if (!wanted(ctx) || overlapping(ctx).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ctx.state().text(OVERLAP).orElse(VIEW_ONLY));
  }

  private static String defaultView(Context ctx) {
    return ctx.blueprint().id().equals("grad-school") ? "yes" : "no";
  }

  static String currency(Context ctx) {
    return ctx.t("session.money.currency");
  }

  public static String id(String optionId, String field) {
    return Ids.MONEY + optionId + "." + field;
  }

  static void add(Context ctx, List<Question> qs) {
    if (!offered(ctx)) {
      return;
    }
    qs.add(new ChoiceQuestion(VIEW, Section.RATINGS, "session.money.view", List.of("yes", "no"),
        c -> List.of(c.t("session.money.intro"), c.t("session.money.examples",
            currency(c))), Optional.of(defaultView(ctx))));
    if (overlapAnswer(ctx).isPresent()) {
      qs.add(new ChoiceQuestion(OVERLAP, Section.RATINGS, "session.money.overlap",
          List.of(VIEW_ONLY, BOTH, DROP),
          c -> List.of(c.t("session.money.overlap.lead", names(c, overlapping(c)))),
          Optional.of(VIEW_ONLY)));
    }
    if (!on(ctx)) {
      return;
    }
    qs.add(figure(HORIZON, "session.money.horizon", Optional.empty(), "10", false, true, 1, 100));
    qs.add(figure(DISCOUNT, "session.money.discount", Optional.empty(), "3", false, false, 0,
        100));
    qs.add(new ChoiceQuestion(STUDYING, Section.RATINGS, "session.money.studying",
        List.of("yes", "no"), c -> List.of(), Optional.of(defaultStudying(ctx))));
    boolean studying = studying(ctx);
    boolean living = ctx.blueprint().id().equals(WITH_LIVING);
    boolean equity = ctx.blueprint().id().equals(WITH_EQUITY);
    for (Option o : ctx.options()) {
      Example e = EXAMPLES.getOrDefault(o.id(), OTHER);
      Optional<String> name = Optional.of(o.label());
      if (studying) {
        qs.add(figure(id(o.id(), STUDY), "session.money.study", name, e.study(), false, false,
            0, 30));
      }
      if (studying && value(ctx, id(o.id(), STUDY), e.study()) > 0) {
        qs.add(figure(id(o.id(), TUITION), "session.money.tuition", name, e.tuition(), false,
            false, 0, MAX_AMOUNT));
        qs.add(figure(id(o.id(), STIPEND), "session.money.stipend", name, e.stipend(), false,
            false, 0, MAX_AMOUNT));
      }
      qs.add(figure(id(o.id(), SALARY), "session.money.salary", name, e.salary(), true, false, 0,
          MAX_AMOUNT));
      qs.add(figure(id(o.id(), RAISE), "session.money.raise", name, e.raise(), false, false, -50,
          100));
      if (living) {
        qs.add(figure(id(o.id(), LIVING), "session.money.living", name, e.living(), false, false,
            -MAX_AMOUNT, MAX_AMOUNT));
      }
      if (equity) {
        qs.add(figure(id(o.id(), EQUITY), "session.money.equity", name, e.equity(), true, false,
            0, MAX_AMOUNT));
        if (FigureQuestion.ends(ctx.state().text(id(o.id(), EQUITY)).orElse(e.equity()))[1] > 0) {
          qs.add(figure(id(o.id(), VESTING), "session.money.vesting", name, "4", false, true, 1,
              100));
        }
      }
    }
    qs.add(figure(WEIGHT, "session.money.weight", Optional.empty(), "20", false, true, 0, 100));
  }

  /**
   * Whether any option involves study, as answered; until then, as the options suggest: yes when
   * one of them is known to (a master's, a semester more) or a study figure above 0 was given.
   * Jobs compared with jobs are then not asked for years of study, tuition and stipend.
   */
  static boolean studying(Context ctx) {
    return ctx.state().text(STUDYING).orElse(defaultStudying(ctx)).equals("yes");
  }

  private static String defaultStudying(Context ctx) {
    for (Option o : ctx.options()) {
      Example e = EXAMPLES.getOrDefault(o.id(), OTHER);
      if (value(ctx, id(o.id(), STUDY), e.study()) > 0) {
        return "yes";
      }
    }
    return "no";
  }

  /** Criterion labels as the session quotes them, joined by commas. */
  private static String names(Context ctx, List<CriterionInfo> criteria) {
    List<String> quoted = new ArrayList<>();
    criteria.forEach(c -> quoted.add(ctx.t("session.money.overlap.name", c.label())));
    return String.join(", ", quoted);
  }

  private static FigureQuestion figure(String id, String key, Optional<String> subject,
      String example, boolean range, boolean whole, double min, double max) {
    return new FigureQuestion(new FigureQuestion.Spec(id, key, subject, List.of(), example, range,
        whole, min, max));
  }

  static String text(Context ctx, String id, String example) {
    return ctx.state().text(id).filter(s -> !s.isBlank()).orElse(example);
  }

  static double value(Context ctx, String id, String example) {
    try {
      return Double.parseDouble(text(ctx, id, example));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * The money plan the answers describe, or an edited profile's plan carried over; empty when
   * there is neither.
   */
  public static Optional<MoneyPlan> plan(Context ctx) {
    Optional<MoneyPlan> kept = kept(ctx);
    if (kept.isPresent()) {
      return kept;
    }
    if (!on(ctx)) {
      return Optional.empty();
    }
    MoneySettings settings = new MoneySettings((int) value(ctx, HORIZON, "10"),
        value(ctx, DISCOUNT, "3") / 100, currency(ctx));
    boolean equity = ctx.blueprint().id().equals(WITH_EQUITY);
    boolean living = ctx.blueprint().id().equals(WITH_LIVING);
    Map<String, MoneyModel> models = new LinkedHashMap<>();
    for (Option o : ctx.options()) {
      Example e = EXAMPLES.getOrDefault(o.id(), OTHER);
      double study = studying(ctx) ? value(ctx, id(o.id(), STUDY), e.study()) : 0;
      double[] salary = FigureQuestion.ends(text(ctx, id(o.id(), SALARY), e.salary()));
      MoneyModel m = MoneyModel.study(study,
          study > 0 ? value(ctx, id(o.id(), TUITION), e.tuition()) : 0,
          study > 0 ? value(ctx, id(o.id(), STIPEND), e.stipend()) : 0,
          new Band(salary[0], salary[1]), value(ctx, id(o.id(), RAISE), e.raise()) / 100);
      if (living) {
        m = m.withLivingCostDelta(value(ctx, id(o.id(), LIVING), e.living()));
      }
      if (equity) {
        double[] stake = FigureQuestion.ends(text(ctx, id(o.id(), EQUITY), e.equity()));
        if (stake[1] > 0) {
          m = m.withEquity(new Equity(new Band(stake[0], stake[1]),
              (int) value(ctx, id(o.id(), VESTING), "4")));
        }
      }
      models.put(o.id(), m);
    }
    Optional<OverlapChoice> choice = overlapAnswer(ctx).map(a -> new OverlapChoice(
        a.equals(BOTH) ? OverlapChoice.Keep.BOTH : OverlapChoice.Keep.VIEW_ONLY,
        overlapping(ctx).stream().map(CriterionInfo::id).toList()));
    return Optional.of(new MoneyPlan(settings, models, Optional.of(CRITERION), false,
        MoneyPlan.DEFAULT_FACT_TOPICS, choice));
  }

  /**
   * An edited profile's plan that the session carries over as it is, fitted to the options and
   * criteria now chosen: models of removed options are dropped, and it feeds its criterion only
   * while that criterion is chosen and every option has a model (otherwise the criterion is rated
   * like any other and the plan only shows the money view).
   */
  static Optional<MoneyPlan> kept(Context ctx) {
    if (ctx.template().isEmpty() || ctx.blueprint().keptMoney().isEmpty()) {
      return Optional.empty();
    }
    MoneyPlan plan = ctx.blueprint().keptMoney().get();
    Map<String, MoneyModel> models = new LinkedHashMap<>();
    List<Option> options = ctx.options();
    for (Option o : options) {
      MoneyModel m = plan.models().get(o.id());
      if (m != null) {
        models.put(o.id(), m);
      }
    }
    if (models.isEmpty()) {
      return Optional.empty();
    }
    boolean feeds = plan.criterion().isPresent() && models.size() == options.size()
        && ctx.criteria().stream().anyMatch(c -> c.id().equals(plan.criterion().get()));
    // The answer about money counted twice goes with the plan, for the criteria still chosen.
    Set<String> chosen = new java.util.HashSet<>(ctx.criteria().stream().map(CriterionInfo::id)
        .toList());
    Optional<OverlapChoice> overlap = plan.overlap().filter(o -> feeds)
        .map(o -> new OverlapChoice(o.keep(), o.criteria().stream().filter(chosen::contains)
            .toList()))
        .filter(o -> !o.criteria().isEmpty());
    return Optional.of(new MoneyPlan(plan.settings(), models,
        feeds ? plan.criterion() : Optional.empty(), plan.discounted(), plan.factTopics(),
        overlap));
  }

  /** The criterion a carried-over plan rates, so the session does not ask for its ratings. */
  static Optional<String> fedByKeptPlan(Context ctx) {
    return kept(ctx).flatMap(MoneyPlan::criterion);
  }

  /**
   * True when the session's own questions can say everything {@code plan} holds, so that editing
   * the profile asks them with the plan's figures as defaults: net worth at the horizon feeds the
   * criterion {@value #CRITERION}, in the session's currency, with points or plain weights, and
   * only the kinds of figure the template asks for.
   */
  public static boolean expressible(MoneyPlan plan, Decision decision, String templateId,
      String currency) {
    if (!OFFERED.contains(templateId) || !plan.criterion().equals(Optional.of(CRITERION))
        || plan.discounted() || !plan.factTopics().equals(MoneyPlan.DEFAULT_FACT_TOPICS)
        || !plan.settings().currency().equals(currency)
        || plan.settings().horizonYears() < 1 || plan.settings().horizonYears() > 100
        || decision.criterionIndex(CRITERION) < 0
        || !(decision.weights() instanceof WeightInput.Points
            || decision.weights() instanceof WeightInput.Direct)) {
      return false;
    }
    if (!plan.models().keySet().equals(
        new java.util.HashSet<>(decision.options().stream().map(Option::id).toList()))) {
      return false;
    }
    for (MoneyModel m : plan.models().values()) {
      boolean studyCosts = m.tuitionPerYear() != 0 || m.stipendPerYear() != 0;
      if (!m.obligations().isEmpty() || m.studyYears() == 0 && studyCosts
          || m.livingCostDeltaPerYear() != 0 && !templateId.equals(WITH_LIVING)
          || m.equity().isPresent() && !templateId.equals(WITH_EQUITY)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The answers that make the session build {@code plan} again, with net worth weighing
   * {@code weight} points of 100: the reverse of {@link #plan} for an expressible plan.
   */
  public static Map<String, Answer> answers(MoneyPlan plan, String templateId, int weight) {
    Map<String, Answer> out = new LinkedHashMap<>();
    out.put(VIEW, Answer.text("yes"));
    out.put(HORIZON, Answer.text(Integer.toString(plan.settings().horizonYears())));
    out.put(DISCOUNT, Answer.text(percent(plan.settings().discountRate())));
    boolean studying = plan.models().values().stream().anyMatch(m -> m.studyYears() > 0);
    out.put(STUDYING, Answer.text(studying ? "yes" : "no"));
    plan.models().forEach((option, m) -> {
      if (studying) {
        out.put(id(option, STUDY), Answer.text(Numbers.format(m.studyYears())));
      }
      if (m.studyYears() > 0) {
        out.put(id(option, TUITION), Answer.text(Numbers.format(m.tuitionPerYear())));
        out.put(id(option, STIPEND), Answer.text(Numbers.format(m.stipendPerYear())));
      }
      out.put(id(option, SALARY), Answer.text(band(m.salary())));
      out.put(id(option, RAISE), Answer.text(percent(m.raiseRate())));
      if (templateId.equals(WITH_LIVING)) {
        out.put(id(option, LIVING), Answer.text(Numbers.format(m.livingCostDeltaPerYear())));
      }
      if (templateId.equals(WITH_EQUITY)) {
        out.put(id(option, EQUITY), Answer.text(m.equity().map(e -> band(e.value())).orElse("0")));
        m.equity().filter(e -> e.value().optimistic() > 0).ifPresent(e ->
            out.put(id(option, VESTING), Answer.text(Integer.toString(e.vestingYear()))));
      }
    });
    plan.overlap().ifPresent(o -> out.put(OVERLAP,
        Answer.text(o.keep() == OverlapChoice.Keep.BOTH ? BOTH : VIEW_ONLY)));
    out.put(WEIGHT, Answer.text(Integer.toString(weight)));
    return out;
  }

  /**
   * Scales {@code weights}, which add up to {@code total}, so that they share what net worth
   * leaves ({@code 100 - share}); the criteria in {@code unweighed} get nothing and the others
   * share it in their proportions. Were nothing left to share it with, and no share for net worth
   * either, money would weigh nowhere: then the money criteria keep their part.
   */
  private static void scale(Map<String, Double> weights, double total, double share,
      Set<String> unweighed) {
    double rest = weights.entrySet().stream().filter(e -> !unweighed.contains(e.getKey()))
        .mapToDouble(Map.Entry::getValue).sum();
    boolean drop = !unweighed.isEmpty() && (rest > 0 || share > 0);
    weights.replaceAll((k, v) -> {
      if (!drop) {
        return v * (100 - share) / total;
      }
      return unweighed.contains(k) || rest == 0 ? 0.0 : v * (100 - share) / rest;
    });
  }

  /** The answer that leaves the money view off, where the template offers it. */
  public static Map<String, Answer> off(String templateId) {
    return OFFERED.contains(templateId) ? Map.of(VIEW, Answer.text("no")) : Map.of();
  }

  static String band(Band b) {
    return b.conservative() == b.optimistic() ? Numbers.format(b.conservative())
        : Numbers.format(b.conservative()) + "-" + Numbers.format(b.optimistic());
  }

  /** 0.04 as "4", without the binary fraction's noise. */
  static String percent(double rate) {
    return Numbers.format(Math.round(rate * 100 * 1e9) / 1e9);
  }

  /**
   * The decision with net worth as one more criterion, rated from {@code plan}, and weighted by
   * the points given to it: the other criteria share what is left in the proportions the chosen
   * method gave them. When the person kept only the money view, the criteria it would count twice
   * share nothing: the rest is shared by the others alone.
   */
  static Decision withNetWorth(Decision decision, MoneyPlan plan, Context ctx) {
    List<Criterion> criteria = new ArrayList<>(decision.criteria());
    criteria.add(MoneyCriterion.criterion(CRITERION,
        ctx.t("session.money.criterion", plan.settings().horizonYears()),
        plan.settings().currency()));
    double share = value(ctx, WEIGHT, "20");
    Set<String> unweighed = plan.overlap().filter(o -> o.keep() == OverlapChoice.Keep.VIEW_ONLY)
        .map(o -> Set.copyOf(o.criteria())).orElse(Set.of());
    WeightInput weights;
    if (decision.weights() instanceof WeightInput.Points p) {
      Map<String, Double> points = new LinkedHashMap<>(p.points());
      scale(points, 100, share, unweighed);
      points.put(CRITERION, share);
      weights = new WeightInput.Points(points);
    } else {
      // Ranks and pairs have no room for one more criterion after the fact, so the weights they
      // gave are kept as numbers and net worth takes its share beside them.
      Map<String, Double> direct;
      try {
        direct = new LinkedHashMap<>(
            Weighting.compute(decision.criteria(), decision.weights()).byCriterion());
      } catch (InvalidDecisionException unfinished) {
        // A ranking or the pairs not all given yet: a partial profile has no weights to share
        // with net worth, so it goes without the criterion until they are.
        return decision;
      }
      scale(direct, 1, share, unweighed);
      direct.put(CRITERION, share);
      weights = new WeightInput.Direct(direct);
    }
    Decision widened = new Decision(decision.title(), decision.language(), decision.options(),
        criteria, decision.gates(), weights, decision.ratings(), decision.reflections(),
        decision.scenarios(), decision.meta());
    return MoneyFeed.apply(widened, plan);
  }
}
