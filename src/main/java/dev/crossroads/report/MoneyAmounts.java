package dev.crossroads.report;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import dev.crossroads.money.MoneyProjection;
import dev.crossroads.money.MoneyResult;
import dev.crossroads.money.OptionMoney;
import dev.crossroads.money.YearRow;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How money amounts read in the text view. Tables and the chart use one unit for the whole page
 * (ones, thousands, millions or billions of the currency), picked so that the largest amount
 * stays short, with one decimal when scaled: a salary of 52,000,000 KRW reads "52.0" under
 * "millions of KRW". Korean counts won in 만 and 억, so a Korean page in won uses 만 원 (억 원
 * for very large sums) and its sentences spell each amount out: "연봉 5,500만~7,000만 원".
 *
 * @param won true for a Korean page in won, whose sentences spell amounts with their unit
 */
public record MoneyAmounts(double divisor, String unitKey, boolean won) {
  public MoneyAmounts(double divisor, String unitKey) {
    this(divisor, unitKey, false);
  }

  /** The page unit for a result, as an English page reads it. */
  public static MoneyAmounts forResult(MoneyResult result) {
    double largest = largest(result);
    if (largest >= 1e10) {
      return new MoneyAmounts(1e9, "money.report.unit.billions");
    }
    if (largest >= 1e7) {
      return new MoneyAmounts(1e6, "money.report.unit.millions");
    }
    if (largest >= 1e4) {
      return new MoneyAmounts(1e3, "money.report.unit.thousands");
    }
    return new MoneyAmounts(1, "money.report.unit.ones");
  }

  /** The page unit for a result shown in this language: 만 원 on a Korean page in won. */
  public static MoneyAmounts forPage(MoneyResult result, Messages messages) {
    if (!messages.isKorean() || !ValueText.isWon(result.settings().currency())) {
      return forResult(result);
    }
    double largest = largest(result);
    if (largest >= 1e12) {
      return new MoneyAmounts(1e8, "money.report.unit.eok", true);
    }
    if (largest >= 1e5) {
      return new MoneyAmounts(1e4, "money.report.unit.man", true);
    }
    return new MoneyAmounts(1, "money.report.unit.won", true);
  }

  private static double largest(MoneyResult result) {
    double largest = 0;
    for (OptionMoney option : result.options()) {
      for (MoneyProjection projection : new MoneyProjection[] {option.conservative(), option.optimistic()}) {
        for (YearRow row : projection.rows()) {
          largest = Math.max(largest, Math.abs(row.cumulative()));
          largest = Math.max(largest, Math.abs(row.discountedCumulative()));
          largest = Math.max(largest, Math.abs(row.netCashFlow()));
        }
      }
    }
    return largest;
  }

  /** An amount in the page unit, for tables and the chart: "52.0", "5,200". */
  public String format(double amount) {
    if (divisor == 1) {
      return Numbers.value(Math.round(amount));
    }
    // 만 원 need no decimal: 5,200만 is exact enough for any plan.
    return grouped(amount / divisor, won && divisor == 1e4 ? 0 : 1);
  }

  /** A conservative..optimistic band in the page unit, low end first: "518.0..656.2", "51,800~65,620". */
  public String band(Messages messages, double conservative, double optimistic) {
    String low = format(Math.min(conservative, optimistic));
    String high = format(Math.max(conservative, optimistic));
    return low.equals(high) ? low : messages.get("money.report.band", low, high);
  }

  /** An amount inside a sentence: in the page unit, or spelled out on a won page ("400만 원"). */
  public String inWords(Messages messages, double amount) {
    return won ? ValueText.withUnit(messages, "KRW", amount) : format(amount);
  }

  /** A band inside a sentence: "55.0..70.0", or "5,500만~7,000만 원" on a won page. */
  public String bandInWords(Messages messages, double conservative, double optimistic) {
    if (!won) {
      return band(messages, conservative, optimistic);
    }
    double low = Math.min(conservative, optimistic);
    double high = Math.max(conservative, optimistic);
    return format(low).equals(format(high))
        ? inWords(messages, low)
        : ValueText.withUnit(messages, "KRW", low, high);
  }

  /** The unit as words: "millions of KRW", "만 원". */
  public String unit(Messages messages, String currency) {
    return messages.get(unitKey, currency);
  }

  private static String grouped(double value, int decimals) {
    DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0.0",
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    // Halves round away from zero, as people round by hand (1.25 million reads 1.3).
    format.setRoundingMode(RoundingMode.HALF_UP);
    String text = format.format(value);
    return text.equals("-0.0") || text.equals("-0") ? text.substring(1) : text;
  }
}
