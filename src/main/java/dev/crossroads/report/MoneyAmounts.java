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
 * How money amounts read in the text view: in one unit for the whole page (ones, thousands,
 * millions or billions of the currency), picked so that the largest amount stays short, with one
 * decimal when scaled. A salary of 52,000,000 KRW reads "52.0" under "millions of KRW".
 */
public record MoneyAmounts(double divisor, String unitKey) {
  public static MoneyAmounts forResult(MoneyResult result) {
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

  public String format(double amount) {
    return divisor == 1 ? Numbers.value(Math.round(amount)) : grouped(amount / divisor);
  }

  /** The unit as words: "millions of KRW", "백만 원". */
  public String unit(Messages messages, String currency) {
    return messages.get(unitKey, currency);
  }

  private static String grouped(double value) {
    DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    // Halves round away from zero, as people round by hand (1.25 million reads 1.3).
    format.setRoundingMode(RoundingMode.HALF_UP);
    String text = format.format(value);
    return text.equals("-0.0") ? "0.0" : text;
  }
}
