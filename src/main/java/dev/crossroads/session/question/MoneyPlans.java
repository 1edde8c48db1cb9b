package dev.crossroads.session.question;

import static dev.crossroads.session.question.MoneySection.BOTH;
import static dev.crossroads.session.question.MoneySection.CRITERION;
import static dev.crossroads.session.question.MoneySection.DISCOUNT;
import static dev.crossroads.session.question.MoneySection.EQUITY;
import static dev.crossroads.session.question.MoneySection.HORIZON;
import static dev.crossroads.session.question.MoneySection.LIVING;
import static dev.crossroads.session.question.MoneySection.RAISE;
import static dev.crossroads.session.question.MoneySection.SALARY;
import static dev.crossroads.session.question.MoneySection.STIPEND;
import static dev.crossroads.session.question.MoneySection.STUDY;
import static dev.crossroads.session.question.MoneySection.TUITION;
import static dev.crossroads.session.question.MoneySection.VESTING;
import static dev.crossroads.session.question.MoneySection.WEIGHT;
import static dev.crossroads.session.question.MoneySection.currency;
import static dev.crossroads.session.question.MoneySection.id;
import static dev.crossroads.session.question.MoneySection.on;
import static dev.crossroads.session.question.MoneySection.overlapAnswer;
import static dev.crossroads.session.question.MoneySection.overlapping;
import static dev.crossroads.session.question.MoneySection.studying;
import static dev.crossroads.session.question.MoneySection.text;
import static dev.crossroads.session.question.MoneySection.value;

import dev.crossroads.questions.MoneyQuestions;
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
 * The money plan a session's answers make, or an edited profile's plan carried over, and what
 * it does to the decision: net worth as one more criterion, rated from the plan and weighted by
 * the points the person gave it.
 */
public final class MoneyPlans {
  private MoneyPlans() {}

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
    boolean equity = ctx.blueprint().money().equity();
    boolean living = ctx.blueprint().money().livingCost();
    Map<String, MoneyModel> models = new LinkedHashMap<>();
    for (Option o : ctx.options()) {
      MoneyQuestions.Example e = ctx.blueprint().money().example(o.id());
      double study = studying(ctx) ? value(ctx, id(o.id(), STUDY), e.studyYears()) : 0;
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
      // Ranks and pairs stay as they were given, over the other criteria, and net worth takes
      // its share beside them, so an edit brings them back as ranks and pairs.
      try {
        Weighting.compute(decision.criteria(), decision.weights());
      } catch (InvalidDecisionException unfinished) {
        // A ranking or the pairs not all given yet: a partial profile has no weights to share
        // with net worth, so it goes without the criterion until they are.
        return decision;
      }
      weights = new WeightInput.Shared(decision.weights(), CRITERION, share,
          List.copyOf(unweighed));
    }
    Decision widened = new Decision(decision.title(), decision.language(), decision.options(),
        criteria, decision.gates(), weights, decision.ratings(), decision.reflections(),
        decision.scenarios(), decision.meta());
    return MoneyFeed.apply(widened, plan);
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
}
