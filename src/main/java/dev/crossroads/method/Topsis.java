package dev.crossroads.method;

/**
 * TOPSIS (Hwang &amp; Yoon 1981): options ranked by how close they are to an ideal point and how
 * far from an anti-ideal one. Textbook form, on the RAW values (not the 0..1 value functions):
 *
 * <ol>
 *   <li>vector normalisation per criterion, {@code r_ij = x_ij / sqrt(Σ_i x_ij²)};
 *   <li>weighting, {@code v_ij = w_j r_ij};
 *   <li>ideal {@code A+} = the best {@code v_ij} per criterion (the largest for a benefit, the
 *       smallest for a cost), anti-ideal {@code A-} = the worst;
 *   <li>Euclidean distances {@code d+}, {@code d-} of each option to {@code A+} and {@code A-};
 *   <li>closeness {@code d- / (d+ + d-)}, in 0..1, higher is better.
 * </ol>
 *
 * <p>Edge cases, so that no score is NaN: a criterion whose values are all 0 normalises to 0 for
 * every option and so separates none. When {@code d+ + d- = 0} for an option, the ideal and the
 * anti-ideal coincide (every option is the same on every weighted criterion); such an option's
 * closeness is 0.5, halfway, and so is every other option's.
 */
public final class Topsis implements Aggregation {
  /** The closeness given when the ideal and anti-ideal points coincide. */
  public static final double UNDECIDED = 0.5;

  @Override
  public String id() {
    return "topsis";
  }

  @Override
  public double[] scores(DecisionMatrix matrix, double[] weights) {
    return evaluate(matrix, weights).closeness();
  }

  /** The closeness of every option together with the intermediate points and distances. */
  public static Result evaluate(DecisionMatrix matrix, double[] weights) {
    int n = matrix.optionCount();
    int m = matrix.criterionCount();
    if (weights.length != m) {
      throw new IllegalArgumentException(weights.length + " weights for " + m + " criteria");
    }
    double[][] v = new double[n][m];
    double[] ideal = new double[m];
    double[] antiIdeal = new double[m];
    for (int j = 0; j < m; j++) {
      double squares = 0;
      double largest = 0;
      for (int i = 0; i < n; i++) {
        squares += matrix.raw(i, j) * matrix.raw(i, j);
        largest = Math.max(largest, Math.abs(matrix.raw(i, j)));
      }
      // Values past 1e154 square to infinity, which would make every r_ij 0: then take the
      // squares of the values as shares of the largest instead, which gives the same r_ij.
      double scale = Double.isInfinite(squares) ? largest : 1;
      if (scale != 1) {
        squares = 0;
        for (int i = 0; i < n; i++) {
          double x = matrix.raw(i, j) / scale;
          squares += x * x;
        }
      }
      double norm = Math.sqrt(squares);
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        v[i][j] = norm > 0 ? weights[j] * (matrix.raw(i, j) / scale) / norm : 0;
        lo = Math.min(lo, v[i][j]);
        hi = Math.max(hi, v[i][j]);
      }
      if (n == 0) {
        lo = 0;
        hi = 0;
      }
      boolean benefit = matrix.criteria().get(j).isBenefit();
      ideal[j] = benefit ? hi : lo;
      antiIdeal[j] = benefit ? lo : hi;
    }
    double[] toIdeal = new double[n];
    double[] toAntiIdeal = new double[n];
    double[] closeness = new double[n];
    for (int i = 0; i < n; i++) {
      toIdeal[i] = distance(v[i], ideal);
      toAntiIdeal[i] = distance(v[i], antiIdeal);
      double total = toIdeal[i] + toAntiIdeal[i];
      closeness[i] = total > 0 ? toAntiIdeal[i] / total : UNDECIDED;
    }
    return new Result(closeness, ideal, antiIdeal, toIdeal, toAntiIdeal);
  }

  private static double distance(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      double d = a[j] - b[j];
      s += d * d;
    }
    return Math.sqrt(s);
  }

  /**
   * What TOPSIS computed: per option, the closeness and the distances to the ideal ({@code d+})
   * and anti-ideal ({@code d-}) points; per criterion, the weighted normalised ideal and anti-ideal
   * values. Arrays are copied in and out.
   */
  public record Result(
      double[] closeness,
      double[] ideal,
      double[] antiIdeal,
      double[] distanceToIdeal,
      double[] distanceToAntiIdeal) {

    public Result {
      closeness = closeness.clone();
      ideal = ideal.clone();
      antiIdeal = antiIdeal.clone();
      distanceToIdeal = distanceToIdeal.clone();
      distanceToAntiIdeal = distanceToAntiIdeal.clone();
    }

    @Override
    public double[] closeness() {
      return closeness.clone();
    }

    @Override
    public double[] ideal() {
      return ideal.clone();
    }

    @Override
    public double[] antiIdeal() {
      return antiIdeal.clone();
    }

    @Override
    public double[] distanceToIdeal() {
      return distanceToIdeal.clone();
    }

    @Override
    public double[] distanceToAntiIdeal() {
      return distanceToAntiIdeal.clone();
    }
  }
}
