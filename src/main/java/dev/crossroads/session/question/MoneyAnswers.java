package dev.crossroads.session.question;

import static dev.crossroads.session.question.MoneySection.BOTH;
import static dev.crossroads.session.question.MoneySection.CRITERION;
import static dev.crossroads.session.question.MoneySection.DISCOUNT;
import static dev.crossroads.session.question.MoneySection.EQUITY;
import static dev.crossroads.session.question.MoneySection.HORIZON;
import static dev.crossroads.session.question.MoneySection.LIVING;
import static dev.crossroads.session.question.MoneySection.OVERLAP;
import static dev.crossroads.session.question.MoneySection.RAISE;
import static dev.crossroads.session.question.MoneySection.SALARY;
import static dev.crossroads.session.question.MoneySection.STIPEND;
import static dev.crossroads.session.question.MoneySection.STUDY;
import static dev.crossroads.session.question.MoneySection.STUDYING;
import static dev.crossroads.session.question.MoneySection.TUITION;
import static dev.crossroads.session.question.MoneySection.VESTING;
import static dev.crossroads.session.question.MoneySection.VIEW;
import static dev.crossroads.session.question.MoneySection.VIEW_ONLY;
import static dev.crossroads.session.question.MoneySection.WEIGHT;
import static dev.crossroads.session.question.MoneySection.id;

import dev.crossroads.session.ask.Numbers;
import dev.crossroads.session.state.Answer;
import dev.crossroads.questions.MoneyQuestions;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.money.Band;
import dev.crossroads.money.MoneyModel;
import dev.crossroads.money.MoneyPlan;
import dev.crossroads.money.OverlapChoice;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A money plan as the session's answers, so that an edit can ask its questions again with the
 * plan's figures filled in, and whether the questions can say all the plan says.
 */
public final class MoneyAnswers {
  private MoneyAnswers() {}

  /**
   * True when the session's own questions can say everything {@code plan} holds, so that editing
   * the profile asks them with the plan's figures as defaults: net worth at the horizon feeds the
   * criterion {@value #CRITERION}, in the session's currency, with points, plain weights or a share beside a ranking or pairs, and
   * only the kinds of figure the template asks for.
   */
  public static boolean expressible(MoneyPlan plan, Decision decision, MoneyQuestions asks,
      String currency) {
    if (!asks.offered() || !plan.criterion().equals(Optional.of(CRITERION))
        || plan.discounted() || !plan.factTopics().equals(MoneyPlan.DEFAULT_FACT_TOPICS)
        || !plan.settings().currency().equals(currency)
        || plan.settings().horizonYears() < 1 || plan.settings().horizonYears() > 100
        || decision.criterionIndex(CRITERION) < 0
        || !(decision.weights() instanceof WeightInput.Points
            || decision.weights() instanceof WeightInput.Direct
            || decision.weights() instanceof WeightInput.Shared s
                && s.criterion().equals(CRITERION))) {
      return false;
    }
    if (!plan.models().keySet().equals(
        new java.util.HashSet<>(decision.options().stream().map(Option::id).toList()))) {
      return false;
    }
    for (MoneyModel m : plan.models().values()) {
      boolean studyCosts = m.tuitionPerYear() != 0 || m.stipendPerYear() != 0;
      if (!m.obligations().isEmpty() || m.studyYears() == 0 && studyCosts
          || m.livingCostDeltaPerYear() != 0 && !asks.livingCost()
          || m.equity().isPresent() && !asks.equity()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The answers that make the session build {@code plan} again, with net worth weighing
   * {@code weight} points of 100: the reverse of {@link #plan} for an expressible plan.
   */
  public static Map<String, Answer> answers(MoneyPlan plan, MoneyQuestions asks, int weight) {
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
      if (asks.livingCost()) {
        out.put(id(option, LIVING), Answer.text(Numbers.format(m.livingCostDeltaPerYear())));
      }
      if (asks.equity()) {
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

  /** The answer that leaves the money view off, where the template offers it. */
  public static Map<String, Answer> off(MoneyQuestions asks) {
    return asks.offered() ? Map.of(VIEW, Answer.text("no")) : Map.of();
  }

  static String band(Band b) {
    return b.conservative() == b.optimistic() ? Numbers.format(b.conservative())
        : Numbers.format(b.conservative()) + "-" + Numbers.format(b.optimistic());
  }

  /** 0.04 as "4", without the binary fraction's noise. */
  static String percent(double rate) {
    return Numbers.format(Math.round(rate * 100 * 1e9) / 1e9);
  }
}
