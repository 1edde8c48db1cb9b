package dev.crossroads.store;

import java.math.BigDecimal;

/**
 * Numbers as people write them: 60000000 rather than 6.0E7, 8 rather than 8.0. The text parses
 * back to exactly the same double.
 */
final class PlainNumber {
  private PlainNumber() {}

  static String format(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    if (value == 0) {
      // BigDecimal has no negative zero; keep its sign so the value reads back equal.
      return 1 / value < 0 ? "-0.0" : "0";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
