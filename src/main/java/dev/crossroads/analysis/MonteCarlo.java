package dev.crossroads.analysis;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Robustness by simulation. Each draw takes every rating from its range (triangular on
 * low/likely/high when a likely value is given, else uniform; a point stays put) and the weights
 * from Dirichlet(w / weightSpread), scores the options with the weighted sum under the same value
 * functions as everywhere else (a quantity without fixed ends is min-max scaled within the
 * draw), tests the gates on the drawn values, and ranks by {@link Ranking}'s rule.
 *
 * <p>Draws are cut into blocks of {@value #BLOCK}; block b draws from the b-th generator split
 * from {@code new SplittableRandom(seed)}, and block tallies are summed in block order, so the
 * result depends on seed and draws only, never on the thread count. If every Dirichlet component
 * of a draw underflows to 0 (only possible with tiny weights and a huge spread), that draw keeps
 * the stated weights.
 *
 * <p>The model is prepared once into primitive arrays; the inner loop allocates nothing.
 */
public final class MonteCarlo {
  static final int BLOCK = 4096;

  private final int n;
  private final int m;
  private final List<String> optionIds;
  private final double[] weights;
  private final double[] central;
  // Ranged cells, as flat indices i * m + j, with their sampling constants.
  private final int[] rangedCell;
  private final boolean[] triangular;
  private final double[] low;
  private final double[] high;
  private final double[] split;
  private final double[] leftArea;
  private final double[] rightArea;
  // Value functions: v = clamp((x - offset) / denominator), then 1 - v when flipped;
  // min-max criteria find offset and denominator per draw.
  private final boolean[] minMax;
  private final double[] offset;
  private final double[] denominator;
  private final boolean[] flip;
  private final int[] gateCriterion;
  private final double[] gateMin;
  private final double[] gateMax;

  /**
   * @param weights normalised weights in the decision's criterion order
   */
  public MonteCarlo(Decision decision, double[] weights) {
    List<Criterion> criteria = decision.criteria();
    n = decision.options().size();
    m = criteria.size();
    if (weights.length != m) {
      throw new IllegalArgumentException(weights.length + " weights for " + m + " criteria");
    }
    this.weights = weights.clone();
    optionIds = decision.options().stream().map(o -> o.id()).toList();
    central = new double[n * m];
    List<Integer> ranged = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        Rating r = decision.rating(optionIds.get(i), criteria.get(j).id());
        central[i * m + j] = r.central();
        if (r instanceof Rating.Range range && range.high() > range.low()) {
          ranged.add(i * m + j);
        }
      }
    }
    int k = ranged.size();
    rangedCell = new int[k];
    triangular = new boolean[k];
    low = new double[k];
    high = new double[k];
    split = new double[k];
    leftArea = new double[k];
    rightArea = new double[k];
    for (int r = 0; r < k; r++) {
      int cell = ranged.get(r);
      Rating.Range range =
          (Rating.Range) decision.rating(optionIds.get(cell / m), criteria.get(cell % m).id());
      rangedCell[r] = cell;
      low[r] = range.low();
      high[r] = range.high();
      triangular[r] = range.likely().isPresent();
      double mode = range.likely().orElse(Double.NaN);
      double width = range.high() - range.low();
      split[r] = (mode - range.low()) / width;
      leftArea[r] = width * (mode - range.low());
      rightArea[r] = width * (range.high() - mode);
    }
    minMax = new boolean[m];
    offset = new double[m];
    denominator = new double[m];
    flip = new boolean[m];
    for (int j = 0; j < m; j++) {
      Criterion c = criteria.get(j);
      if (c.scale() instanceof RatingScale s) {
        offset[j] = s.min();
        denominator[j] = s.max() - s.min();
        flip[j] = !c.isBenefit();
      } else {
        QuantityScale q = (QuantityScale) c.scale();
        if (q.hasFixedEnds()) {
          offset[j] = q.worst().getAsDouble();
          denominator[j] = q.best().getAsDouble() - q.worst().getAsDouble();
        } else {
          minMax[j] = true;
          flip[j] = !c.isBenefit();
        }
      }
    }
    List<Gate> gates = decision.gates();
    gateCriterion = new int[gates.size()];
    gateMin = new double[gates.size()];
    gateMax = new double[gates.size()];
    for (int g = 0; g < gates.size(); g++) {
      Gate gate = gates.get(g);
      gateCriterion[g] = decision.criterionIndex(gate.criterionId());
      gateMin[g] = gate.atLeast().orElse(Double.NEGATIVE_INFINITY);
      gateMax[g] = gate.atMost().orElse(Double.POSITIVE_INFINITY);
    }
  }

  public Robustness run(AnalysisSettings settings) {
    int draws = settings.draws();
    int blocks = (draws + BLOCK - 1) / BLOCK;
    SplittableRandom root = new SplittableRandom(settings.seed());
    SplittableRandom[] generators = new SplittableRandom[blocks];
    for (int b = 0; b < blocks; b++) {
      generators[b] = root.split();
    }
    long[][] wins = new long[blocks][n];
    long[][] rankSums = new long[blocks][n];
    double spread = settings.weightSpread();
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          Scratch scratch = new Scratch(spread);
          for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
            int count = Math.min(BLOCK, draws - b * BLOCK);
            runBlock(generators[b], count, scratch, wins[b], rankSums[b]);
          }
        };
    runOnThreads(worker, Math.min(settings.threads(), blocks));

    long[] totalWins = new long[n];
    long[] totalRanks = new long[n];
    for (int b = 0; b < blocks; b++) {
      for (int i = 0; i < n; i++) {
        totalWins[i] += wins[b][i];
        totalRanks[i] += rankSums[b][i];
      }
    }
    List<OptionOdds> odds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double p = (double) totalWins[i] / draws;
      odds.add(
          new OptionOdds(
              optionIds.get(i),
              totalWins[i],
              p,
              Math.sqrt(p * (1 - p) / draws),
              (double) totalRanks[i] / draws));
    }
    return new Robustness(settings.seed(), draws, spread, odds);
  }

  private static void runOnThreads(Runnable worker, int threads) {
    Thread[] helpers = new Thread[threads - 1];
    Throwable[] failure = new Throwable[1];
    for (int t = 0; t < helpers.length; t++) {
      helpers[t] = new Thread(worker, "crossroads-monte-carlo-" + t);
      helpers[t].setDaemon(true);
      helpers[t].setUncaughtExceptionHandler((th, e) -> {
        synchronized (failure) {
          failure[0] = e;
        }
      });
      helpers[t].start();
    }
    worker.run();
    boolean interrupted = false;
    for (Thread helper : helpers) {
      while (true) {
        try {
          helper.join();
          break;
        } catch (InterruptedException e) {
          // The work is bounded; finish it and pass the interrupt on to the caller.
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    synchronized (failure) {
      if (failure[0] != null) {
        throw new IllegalStateException("Monte Carlo worker failed", failure[0]);
      }
    }
  }

  /** Per-thread working arrays and the Dirichlet constants. */
  private final class Scratch {
    final double[] x = central.clone();
    final double[] w = weights.clone();
    final double[] s = new double[n];
    final boolean[] pass = new boolean[n];
    final boolean noisyWeights;
    final double[] d = new double[m];
    final double[] c = new double[m];
    final double[] boost = new double[m];

    Scratch(double spread) {
      noisyWeights = spread > 0;
      for (int j = 0; j < m && noisyWeights; j++) {
        double alpha = weights[j] / spread;
        if (alpha <= 0) {
          continue;
        }
        double shape = alpha >= 1 ? alpha : alpha + 1;
        d[j] = shape - 1.0 / 3.0;
        c[j] = 1 / Math.sqrt(9 * d[j]);
        boost[j] = alpha >= 1 ? 0 : 1 / alpha;
      }
    }
  }

  private void runBlock(
      SplittableRandom rng, int count, Scratch scratch, long[] wins, long[] rankSums) {
    final double[] x = scratch.x;
    final double[] w = scratch.w;
    final double[] s = scratch.s;
    final boolean[] pass = scratch.pass;
    final int cells = rangedCell.length;
    final int gates = gateCriterion.length;
    for (int draw = 0; draw < count; draw++) {
      if (scratch.noisyWeights) {
        drawWeights(rng, scratch);
      }
      for (int r = 0; r < cells; r++) {
        double u = rng.nextDouble();
        double value;
        if (!triangular[r]) {
          value = low[r] + u * (high[r] - low[r]);
        } else if (u < split[r]) {
          value = low[r] + Math.sqrt(u * leftArea[r]);
        } else {
          value = high[r] - Math.sqrt((1 - u) * rightArea[r]);
        }
        x[rangedCell[r]] = value;
      }
      for (int i = 0; i < n; i++) {
        s[i] = 0;
      }
      for (int j = 0; j < m; j++) {
        double off = offset[j];
        double den = denominator[j];
        boolean flat = false;
        if (minMax[j]) {
          double lo = Double.POSITIVE_INFINITY;
          double hi = Double.NEGATIVE_INFINITY;
          for (int i = 0; i < n; i++) {
            double v = x[i * m + j];
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
          off = lo;
          den = hi - lo;
          flat = !(hi > lo);
        }
        double wj = w[j];
        boolean flipped = flip[j];
        for (int i = 0; i < n; i++) {
          double v;
          if (flat) {
            v = 1;
          } else {
            v = (x[i * m + j] - off) / den;
            v = v < 0 ? 0 : (v > 1 ? 1 : v);
            if (flipped) {
              v = 1 - v;
            }
          }
          s[i] += wj * v;
        }
      }
      for (int i = 0; i < n; i++) {
        boolean ok = true;
        for (int g = 0; g < gates; g++) {
          double v = x[i * m + gateCriterion[g]];
          if (v < gateMin[g] || v > gateMax[g]) {
            ok = false;
            break;
          }
        }
        pass[i] = ok;
      }
      for (int i = 0; i < n; i++) {
        int r = 1;
        double si = s[i];
        boolean pi = pass[i];
        for (int q = 0; q < n; q++) {
          if (q == i) {
            continue;
          }
          // Ranking.beats(q, i), inlined; scores are finite here.
          if (pass[q] != pi ? pass[q] : (s[q] > si || (s[q] == si && q < i))) {
            r++;
          }
        }
        rankSums[i] += r;
        if (r == 1) {
          wins[i]++;
        }
      }
    }
  }

  private void drawWeights(SplittableRandom rng, Scratch scratch) {
    double[] w = scratch.w;
    double sum = 0;
    for (int j = 0; j < m; j++) {
      double g = 0;
      if (weights[j] > 0) {
        g = Gamma.squeeze(rng, scratch.d[j], scratch.c[j]);
        if (scratch.boost[j] != 0) {
          g *= Math.pow(rng.nextDouble(), scratch.boost[j]);
        }
      }
      w[j] = g;
      sum += g;
    }
    if (sum > 0) {
      for (int j = 0; j < m; j++) {
        w[j] /= sum;
      }
    } else {
      System.arraycopy(weights, 0, w, 0, m);
    }
  }
}
