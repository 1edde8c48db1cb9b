package dev.crossroads.money;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import java.util.Map;

/**
 * Rejects figures the model cannot work with, naming the option and the field, before any
 * arithmetic: a person's typo becomes a message, never a stack trace or a silent infinity.
 */
final class MoneyChecks {
  /** Larger than any income in any currency unit in use; keeps every sum finite. */
  static final double MAX_AMOUNT = 1e15;

  static final int MAX_YEARS = 100;

  private MoneyChecks() {}

  static void check(Map<String, MoneyModel> byOption, MoneySettings settings) {
    if (settings.horizonYears() < 1 || settings.horizonYears() > MAX_YEARS) {
      throw fail("money.horizon", settings.horizonYears(), MAX_YEARS);
    }
    double rate = settings.discountRate();
    if (!(rate >= 0 && rate <= 1)) {
      throw fail("money.discountRate", rate);
    }
    if (settings.currency().isBlank()) {
      throw fail("money.currency");
    }
    byOption.forEach(MoneyChecks::check);
  }

  private static void check(String option, MoneyModel model) {
    if (option == null || option.isBlank()) {
      throw fail("money.blankOption");
    }
    if (!(model.studyYears() >= 0 && model.studyYears() <= MAX_YEARS)) {
      throw fail("money.studyYears", option, model.studyYears(), MAX_YEARS);
    }
    nonNegative(option, "tuition", model.tuitionPerYear());
    nonNegative(option, "stipend", model.stipendPerYear());
    nonNegative(option, "salaryConservative", model.salary().conservative());
    nonNegative(option, "salaryOptimistic", model.salary().optimistic());
    if (model.salary().conservative() > model.salary().optimistic()) {
      throw fail(
          "money.salaryOrder", option, model.salary().conservative(), model.salary().optimistic());
    }
    if (!(model.raiseRate() > -1 && model.raiseRate() <= 1)) {
      throw fail("money.raiseRate", option, model.raiseRate());
    }
    amount(option, "livingCost", model.livingCostDeltaPerYear());
    for (Obligation obligation : model.obligations()) {
      check(option, obligation);
    }
    if (model.equity().isPresent()) {
      Equity equity = model.equity().get();
      nonNegative(option, "equityLow", equity.value().conservative());
      nonNegative(option, "equityHigh", equity.value().optimistic());
      if (equity.value().conservative() > equity.value().optimistic()) {
        throw fail(
            "money.equityOrder",
            option,
            equity.value().conservative(),
            equity.value().optimistic());
      }
      if (equity.vestingYear() < 1) {
        throw fail("money.vestingYear", option, equity.vestingYear());
      }
    }
  }

  private static void check(String option, Obligation obligation) {
    if (!(obligation.probability() >= 0 && obligation.probability() <= 1)) {
      throw fail("money.probability", obligation.label(), option, obligation.probability());
    }
    if (obligation instanceof Obligation.Repayment r) {
      nonNegative(option, "repayment", r.amount());
      if (r.year() < 1) {
        throw fail("money.repaymentYear", r.label(), option, r.year());
      }
    } else {
      Obligation.Clawback c = (Obligation.Clawback) obligation;
      nonNegative(option, "repayment", c.amount());
      if (c.requiredServiceYears() < 1 || c.requiredServiceYears() > MAX_YEARS) {
        throw fail("money.serviceYears", c.label(), option, c.requiredServiceYears(), MAX_YEARS);
      }
      if (c.leaveAfterServiceYears() < 0 || c.leaveAfterServiceYears() > MAX_YEARS) {
        throw fail("money.leaveAfter", c.label(), option, c.leaveAfterServiceYears(), MAX_YEARS);
      }
    }
  }

  private static void nonNegative(String option, String field, double value) {
    amount(option, field, value);
    if (value < 0) {
      throw fail("money.negative", field(field), option, value);
    }
  }

  private static void amount(String option, String field, double value) {
    if (!(Math.abs(value) <= MAX_AMOUNT)) {
      throw fail("money.notAnAmount", field(field), option, value);
    }
  }

  private static Message field(String name) {
    return Message.of("money.field." + name);
  }

  private static Problem fail(String key, Object... args) {
    return new Problem(Problem.Kind.BAD_DATA, Message.of(key, args));
  }
}
