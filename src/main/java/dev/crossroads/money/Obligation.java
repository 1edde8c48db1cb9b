package dev.crossroads.money;

import java.util.Objects;

/**
 * Money that may have to be paid back: a scholarship or company sponsorship with strings
 * attached. Each obligation counts as its expected cost, {@code probability × amount}, in one model
 * year, the same in both cases (whether you leave early is a choice and a chance, not a market
 * figure). Use probability 1 to model "I will leave early" and 0 for "I will stay".
 */
public sealed interface Obligation permits Obligation.Repayment, Obligation.Clawback {

  String label();

  /** Chance, from 0 to 1, that the repayment happens. */
  double probability();

  /** A fixed amount repaid in a given model year (1 = the first year) if it happens. */
  record Repayment(String label, double amount, int year, double probability)
      implements Obligation {
    public Repayment {
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * A sponsorship tied to years of service after the study ends: leave after fewer than
   * {@code requiredServiceYears} and you repay {@code amount} in full, or pro rata to the years
   * you still owed. The repayment falls in the first model year after the years you served:
   * {@code ceil(studyYears) + leaveAfterServiceYears + 1}.
   */
  record Clawback(
      String label,
      double amount,
      int requiredServiceYears,
      boolean proRata,
      int leaveAfterServiceYears,
      double probability)
      implements Obligation {
    public Clawback {
      Objects.requireNonNull(label, "label");
    }

    /** The amount owed when leaving after the planned years, before the probability. */
    public double owed() {
      if (leaveAfterServiceYears >= requiredServiceYears) {
        return 0;
      }
      if (!proRata) {
        return amount;
      }
      return amount * (requiredServiceYears - leaveAfterServiceYears) / requiredServiceYears;
    }

    /** The model year the repayment falls in, for a given length of study. */
    public int year(double studyYears) {
      return (int) Math.ceil(studyYears) + leaveAfterServiceYears + 1;
    }
  }
}
