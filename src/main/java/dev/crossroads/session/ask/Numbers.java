package dev.crossroads.session.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Reads the numbers people type: "7", "7.5", "3,000", and lists such as "2 1 3" or "2,1,3". */
public final class Numbers {
  private Numbers() {}

  private static final java.util.regex.Pattern GROUPED =
      java.util.regex.Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final java.util.regex.Pattern PLAIN =
      java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?|-?\\.\\d+");

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

  public static OptionalInt integer(String text) {
    String s = text.strip();
    if (!s.matches("\\d{1,9}")) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(s));
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

  /** "7" rather than "7.0"; otherwise as short as it is exact. */
  public static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
