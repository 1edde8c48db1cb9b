package dev.crossroads;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Numbers as people type them and as they read them: "7", "7.5", "3,000" and lists like "2 1 3"
 * read; scores out of 100, whole percentages and grouped amounts written. Written numbers use
 * the same digits and separators in English and Korean, so neither side depends on the locale.
 */
public final class Numbers {
  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?|-?\\.\\d+");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

  private Numbers() {}

  /** A typed number: "7", "-0.5", "3,000" or "3_000"; empty for anything else. */
  public static OptionalDouble number(String text) {
    String s = text.strip().replace("_", "");
    if (GROUPED.matcher(s).matches()) {
      s = s.replace(",", "");
    }
    if (!PLAIN.matcher(s).matches()) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /** A typed whole number of at most nine digits, not negative; empty for anything else. */
  public static OptionalInt integer(String text) {
    String s = text.strip();
    return WHOLE.matcher(s).matches() ? OptionalInt.of(Integer.parseInt(s)) : OptionalInt.empty();
  }

  /** Whole numbers separated by spaces, commas or ">"; empty when anything else is in the way. */
  public static List<Integer> list(String text) {
    List<Integer> out = new ArrayList<>();
    for (String part : text.strip().split("[\\s,>]+")) {
      if (part.isEmpty()) {
        continue;
      }
      OptionalInt n = integer(part);
      if (n.isEmpty()) {
        return List.of();
      }
      out.add(n.getAsInt());
    }
    return out;
  }

  /**
   * A number as it would be typed back: "7" rather than "7.0", otherwise as short as it is
   * exact, never grouped ("0.25", "55000000"), so that reading it again gives the same number.
   */
  public static String exact(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

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

  /** A number with exactly this many decimals: fixed(0.0512, 2) -> "0.05". */
  public static String fixed(double value, int decimals) {
    return format(decimals == 0 ? "0" : "0." + "0".repeat(decimals), value);
  }

  private static String format(String pattern, double value) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    String text = format.format(value);
    return text.equals("-0") || text.equals("-0.0") ? text.substring(1) : text;
  }
}
