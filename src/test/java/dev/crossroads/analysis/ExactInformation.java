package dev.crossroads.analysis;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;

/**
 * The value of information by brute force, for decisions whose scales all have fixed ends (as
 * {@link SmallProfiles} makes them). There an option's worth (its score when it passes every
 * dealbreaker, else 0) is a product over its own cells, which are independent of each other and
 * of the weights, so E[worth | one input] is exact: a cell's mean value and pass probability are
 * one-dimensional integrals, and a Dirichlet weight's conditional mean is linear in the weight
 * known (given w_l = t, every other weight has mean (1 - t) w_j / (1 - w_l)). What is left, the
 * expectation over the input of the best conditional worth, is enumerated over {@value #GRID}
 * equally likely values of the input (midpoints of its quantiles), far finer than any Monte
 * Carlo error.
 */
final class ExactInformation {
  static final int GRID = 20_000;

  /** The exact value of information about one input and the exact chance it changes the choice. */
  record Exact(double value, double chanceChanges) {}

  private final Decision d;
  private final int n;
  private final int m;
  private final double[] w;
  private final double spread;
  // pass[a][j]: probability that option a's cell on criterion j passes that criterion's gates;
  // valuePass[a][j]: expected value (0..1) of that cell times that indicator.
  private final double[][] pass;
  private final double[][] valuePass;
  private final double[] worth;
  private final int baseline;

  ExactInformation(Decision d, double[] weights, double spread) {
    this.d = d;
    this.n = d.options().size();
    this.m = d.criteria().size();
    this.w = weights.clone();
    this.spread = spread;
    pass = new double[n][m];
    valuePass = new double[n][m];
    for (int a = 0; a < n; a++) {
      for (int j = 0; j < m; j++) {
        Rating r = d.rating(d.options().get(a).id(), d.criteria().get(j).id());
        double p = 0;
        double q = 0;
        for (int g = 0; g < grid(r); g++) {
          double x = quantile(r, (g + 0.5) / grid(r));
          double ok = passes(j, x) ? 1 : 0;
          p += ok;
          q += ok * value(j, x);
        }
        pass[a][j] = p / grid(r);
        valuePass[a][j] = q / grid(r);
      }
    }
    worth = new double[n];
    for (int a = 0; a < n; a++) {
      for (int j = 0; j < m; j++) {
        worth[a] += w[j] * part(a, j, -1);
      }
    }
    baseline = best(worth, -1);
  }

  int baseline() {
    return baseline;
  }

  double worth(int option) {
    return worth[option];
  }

  Exact of(UncertainInput input) {
    double[] conditional = worth.clone();
    double sumBest = 0;
    double changed = 0;
    if (input instanceof UncertainInput.OfRating cell) {
      int b = d.optionIndex(cell.optionId());
      int l = d.criterionIndex(cell.criterionId());
      Rating r = d.rating(cell.optionId(), cell.criterionId());
      double others = 1;
      double rest = 0;
      for (int j = 0; j < m; j++) {
        if (j != l) {
          others *= pass[b][j];
          rest += w[j] * part(b, j, l);
        }
      }
      for (int g = 0; g < GRID; g++) {
        double x = quantile(r, (g + 0.5) / GRID);
        conditional[b] = passes(l, x) ? w[l] * value(l, x) * others + rest : 0;
        int pick = best(conditional, baseline);
        sumBest += conditional[pick];
        changed += pick != baseline ? 1 : 0;
      }
      return new Exact(sumBest / GRID - worth[baseline], changed / GRID);
    }
    int l = d.criterionIndex(((UncertainInput.OfWeight) input).criterionId());
    double alpha = w[l] / spread;
    double beta = (1 - w[l]) / spread;
    double[] own = new double[n];
    double[] rest = new double[n];
    for (int a = 0; a < n; a++) {
      own[a] = part(a, l, -1);
      for (int j = 0; j < m; j++) {
        if (j != l) {
          rest[a] += w[j] / (1 - w[l]) * part(a, j, -1);
        }
      }
    }
    double[] logDensity = new double[GRID];
    double top = Double.NEGATIVE_INFINITY;
    for (int g = 0; g < GRID; g++) {
      double t = (g + 0.5) / GRID;
      logDensity[g] = (alpha - 1) * Math.log(t) + (beta - 1) * Math.log1p(-t);
      top = Math.max(top, logDensity[g]);
    }
    double mass = 0;
    for (int g = 0; g < GRID; g++) {
      double t = (g + 0.5) / GRID;
      double weight = Math.exp(logDensity[g] - top);
      for (int a = 0; a < n; a++) {
        conditional[a] = t * own[a] + (1 - t) * rest[a];
      }
      int pick = best(conditional, baseline);
      sumBest += weight * conditional[pick];
      changed += pick != baseline ? weight : 0;
      mass += weight;
    }
    return new Exact(sumBest / mass - worth[baseline], changed / mass);
  }

  /**
   * E[value of cell (a, j) x every dealbreaker of option a passes], leaving out criterion
   * {@code skip} (whose cell is known) from the pass probabilities.
   */
  private double part(int a, int j, int skip) {
    double p = valuePass[a][j];
    for (int k = 0; k < m; k++) {
      if (k != j && k != skip) {
        p *= pass[a][k];
      }
    }
    return p;
  }

  private static int grid(Rating r) {
    return r.high() > r.low() ? GRID : 1;
  }

  /** The value of a rating at probability {@code u} of its distribution. */
  static double quantile(Rating r, double u) {
    if (!(r instanceof Rating.Range range) || !(range.high() > range.low())) {
      return r.central();
    }
    double lo = range.low();
    double hi = range.high();
    if (range.likely().isEmpty()) {
      return lo + u * (hi - lo);
    }
    double c = range.likely().getAsDouble();
    double split = (c - lo) / (hi - lo);
    return u < split
        ? lo + Math.sqrt(u * (hi - lo) * (c - lo))
        : hi - Math.sqrt((1 - u) * (hi - lo) * (hi - c));
  }

  private boolean passes(int j, double x) {
    String id = d.criteria().get(j).id();
    for (Gate gate : d.gates()) {
      if (gate.criterionId().equals(id) && !gate.passes(x)) {
        return false;
      }
    }
    return true;
  }

  /** The 0..1 value of a rating on criterion j, as the weighted sum's value functions give it. */
  private double value(int j, double x) {
    Criterion c = d.criteria().get(j);
    double t;
    if (c.scale() instanceof RatingScale s) {
      t = clamp((x - s.min()) / (s.max() - s.min()));
      return c.isBenefit() ? t : 1 - t;
    }
    QuantityScale q = (QuantityScale) c.scale();
    return clamp((x - q.worst().getAsDouble()) / (q.best().getAsDouble() - q.worst().getAsDouble()));
  }

  private static double clamp(double v) {
    return v < 0 ? 0 : (v > 1 ? 1 : v);
  }

  /** Highest, {@code preferred} when level with it, else the earliest level one. */
  private static int best(double[] xs, int preferred) {
    double top = Double.NEGATIVE_INFINITY;
    for (double x : xs) {
      top = Math.max(top, x);
    }
    if (preferred >= 0 && Ranking.tied(top, xs[preferred])) {
      return preferred;
    }
    for (int a = 0; a < xs.length; a++) {
      if (Ranking.tied(top, xs[a])) {
        return a;
      }
    }
    return 0;
  }
}
