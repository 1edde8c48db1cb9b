package dev.crossroads.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The values a person would try just beyond an exact crossing: the crossing rounded away from
 * where it was approached, at a coarse step first (2.4 on a 1 to 10 scale, 47,000,000 on a
 * salary) and then ever finer, with one step further at each, so the first one that really
 * changes the first place is both readable and near. Decimal steps go through BigDecimal so the
 * values are exactly the decimals they print as.
 */
final class ReadableValues {
  /** How many ever finer steps to offer after the coarsest. */
  private static final int FINER_STEPS = 12;

  private ReadableValues() {}

  /**
   * @param crossing where the first place changes (or starts to)
   * @param dir +1 for values above the crossing, -1 for values below
   * @param coarsest the exponent of the coarsest step, 10^coarsest
   */
  static List<Double> beyond(double crossing, int dir, int coarsest) {
    List<Double> out = new ArrayList<>();
    for (int e = coarsest; e >= coarsest - FINER_STEPS; e--) {
      double steps = crossing / Math.pow(10, e);
      double k = dir > 0 ? Math.ceil(steps) : Math.floor(steps);
      for (int extra = 0; extra < 2; extra++) {
        out.add(BigDecimal.valueOf(k + dir * extra).scaleByPowerOfTen(e).doubleValue());
      }
    }
    return out;
  }

  /** The coarsest step for a scale of this span: a tenth of its order of magnitude. */
  static int coarsestFor(double span) {
    return (int) Math.floor(Math.log10(Math.max(span, 1e-9))) - 1;
  }
}
