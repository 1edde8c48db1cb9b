package dev.crossroads.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How numbers read in reports: scores out of 100, whole percentages, grouped amounts. */
public final class Numbers {
  private Numbers() {}

  /** A 0..1 score as points out of 100 with one decimal: 0.6234 -> "62.3". */
  public static String score(double score) {
    return format("0.0", score * 100);
  }

  /** A 0..1 share as a whole percentage; below 1% but above 0 reads "<1%". */
  public static String percent(double share) {
    if (share > 0 && share < 0.005) {
      return "<1%";
    }
    if (share < 1 && share > 0.995) {
      return ">99%";
    }
    return format("0", share * 100) + "%";
  }

  /** A raw rating or quantity: grouped, with at most two decimals (60000000 -> "60,000,000"). */
  public static String value(double value) {
    // Cents of a salary are noise; fractions matter only on small scales (a rating of 6.5).
    return format(Math.abs(value) >= 1000 ? "#,##0" : "#,##0.##", value);
  }

  public static String fixed(double value, int decimals) {
    return format(decimals == 0 ? "0" : "0." + "0".repeat(decimals), value);
  }

  private static String format(String pattern, double value) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    String text = format.format(value);
    return text.equals("-0") || text.equals("-0.0") ? text.substring(1) : text;
  }
}
