package dev.crossroads.money;

import java.util.Objects;

/**
 * How far ahead to look and how much less a later amount is worth: {@code discountRate} 0.03
 * means an amount a year later is worth 1/1.03 of the same amount now. The currency is a label
 * carried to the output, never converted.
 */
public record MoneySettings(int horizonYears, double discountRate, String currency) {
  /** An example horizon, not advice: ten years is what the issue asks for by default. */
  public static final int DEFAULT_HORIZON_YEARS = 10;

  /** An example rate, not a fact about any market: change it to your own. */
  public static final double DEFAULT_DISCOUNT_RATE = 0.03;

  public MoneySettings {
    Objects.requireNonNull(currency, "currency");
  }

  public static MoneySettings defaults(String currency) {
    return new MoneySettings(DEFAULT_HORIZON_YEARS, DEFAULT_DISCOUNT_RATE, currency);
  }

  public MoneySettings withHorizon(int years) {
    return new MoneySettings(years, discountRate, currency);
  }

  public MoneySettings withDiscountRate(double rate) {
    return new MoneySettings(horizonYears, rate, currency);
  }
}
