package dev.crossroads.money;

/**
 * An amount the person is unsure of, as a conservative and an optimistic figure (a salary after
 * the degree, what startup shares may be worth). Checked when the model is analysed, so that the
 * message can name the option.
 */
public record Band(double conservative, double optimistic) {

  /** A figure the person is sure of: both ends equal. */
  public static Band of(double amount) {
    return new Band(amount, amount);
  }

  public double at(MoneyCase moneyCase) {
    return moneyCase == MoneyCase.CONSERVATIVE ? conservative : optimistic;
  }
}
