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
 * draw) and tests the gates on the drawn values. The option first in a draw is the one {@link
 * Ranking} puts first among the options that pass every gate in that draw; a draw in which no
 * option passes has no first and is counted apart. Each option's and each (option, gate) pair's
 * share of failing draws is counted too, so "fails a dealbreaker" and "comes first" are two
 * separate figures, never mixed.
 *
 * <p>Draws are cut into blocks of {@value #BLOCK}; block b draws from the b-th generator split
 * from {@code new SplittableRandom(seed)}, and block tallies are summed in block order, so the
 * result depends on seed and draws only, never on the thread count. If every Dirichlet component
 * of a draw underflows to 0 (only possible with tiny weights and a huge spread), that draw keeps
 * the stated weights.
 *
 * <p>A triangular value is drawn as (1 - c) min(U1, U2) + c max(U1, U2), which is exactly
 * triangular on 0..1 with mode c (the density of a linear function of a point uniform on a
 * triangle is a triangle), then scaled to low..high. U1 and U2 are the two 32-bit halves of one
 * 64-bit draw, so values have a resolution of 2^-32 of their range; a uniform range uses U1.
 * Weights are Gamma draws by Marsaglia and Tsang, normalised.
 *
 * <p>A run can also keep its first draws one by one in a {@link DrawLog} (every uncertain input's
 * value and each option's worth), for the value of information; keeping them changes no count.
 *
 * <p>The model is prepared once into primitive arrays; the inner loop allocates nothing, and
 * drawing ratings takes no branch on random bits (a mispredicted branch per rating would cost
 * more than the arithmetic).
 */
public final class MonteCarlo {
  static final int BLOCK = 1024;

  /**
   * At most this many draws are kept one by one for the value of information (the first ones of
   * the run); the default run keeps all of its 10,000. The memory grows with draws times inputs.
   */
  static final int MAX_LOGGED = 100_000;

  /**
   * The most memory the kept draws may take, whatever the profile's size: a 30-option,
   * 40-criterion profile with every rating a range has 1,240 inputs, and 100,000 draws of it took
   * about 500 MB. Past this budget fewer draws are kept (still thousands), and the estimate's
   * standard error says how much that costs.
   */
  static final long LOG_BYTES = 16L << 20;
  private static final double TWO_TO_MINUS_32 = 0x1.0p-32;

  private final int n;
  private final int m;
  private final List<String> optionIds;
  private final List<String> criterionIds;
  private final double[] weights;
  private final double[] central;
  // Values are stored criterion by criterion: option i on criterion j is at j * n + i.
  // Ranged cells, as such flat indices, with their sampling constants.
  private final int[] rangedCell;
  private final boolean[] triangular;
  private final double[] low;
  private final double[] width;
  private final double[] mode;
  private final double[] oneMinusTwoMode;
  // Value functions: v = clamp((x - offset) / denominator), then 1 - v when flipped;
  // min-max criteria find offset and denominator per draw.
  private final boolean[] minMax;
  private final double[] offset;
  private final double[] denominator;
  private final boolean[] flip;
  private final int[] gateCriterion;
  private final double[] gateMin;
  private final double[] gateMax;
  private final boolean[] allPass;

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
    criterionIds = criteria.stream().map(Criterion::id).toList();
    central = new double[n * m];
    List<Integer> ranged = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      for (int i = 0; i < n; i++) {
        Rating r = decision.rating(optionIds.get(i), criteria.get(j).id());
        central[j * n + i] = r.central();
        if (r instanceof Rating.Range range && range.high() > range.low()) {
          ranged.add(j * n + i);
        }
      }
    }
    int k = ranged.size();
    rangedCell = new int[k];
    triangular = new boolean[k];
    low = new double[k];
    width = new double[k];
    mode = new double[k];
    oneMinusTwoMode = new double[k];
    for (int r = 0; r < k; r++) {
      int cell = ranged.get(r);
      Rating.Range range =
          (Rating.Range) decision.rating(optionIds.get(cell % n), criteria.get(cell / n).id());
      rangedCell[r] = cell;
      low[r] = range.low();
      width[r] = range.high() - range.low();
      triangular[r] = range.likely().isPresent();
      // The mode as a fraction of the range.
      mode[r] = triangular[r] ? (range.likely().getAsDouble() - range.low()) / width[r] : 0.5;
      oneMinusTwoMode[r] = 1 - 2 * mode[r];
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
    allPass = new boolean[n];
    java.util.Arrays.fill(allPass, true);
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
    return run(settings, DrawLog.NONE);
  }

  /**
   * A log for {@link #run(AnalysisSettings, DrawLog)} that keeps the run's first draws (up to
   * {@link #MAX_LOGGED}, and {@link #LOG_BYTES} of memory): every rating range, in the order the run draws them, then every weight
   * when the settings vary the weights.
   */
  DrawLog newLog(AnalysisSettings settings) {
    List<UncertainInput> inputs = new ArrayList<>();
    List<List<Double>> cuts = new ArrayList<>();
    for (int r = 0; r < rangedCell.length; r++) {
      int cell = rangedCell[r];
      inputs.add(new UncertainInput.OfRating(optionIds.get(cell % n), criterionIds.get(cell / n)));
      // A dealbreaker's limit inside the range: the option's worth drops to 0 across it.
      List<Double> limits = new ArrayList<>();
      for (int g = 0; g < gateCriterion.length; g++) {
        if (gateCriterion[g] == cell / n) {
          for (double limit : new double[] {gateMin[g], gateMax[g]}) {
            if (limit > low[r] && limit < low[r] + width[r]) {
              limits.add(limit);
            }
          }
        }
      }
      cuts.add(limits);
    }
    int varying = 0;
    for (double wj : weights) {
      varying += wj > 0 ? 1 : 0;
    }
    // A single weighted criterion always weighs all of it: nothing about it to find out.
    if (varying > 1 && weightsVary(settings.weightSpread())) {
      for (int j = 0; j < m; j++) {
        if (weights[j] > 0) {
          inputs.add(new UncertainInput.OfWeight(criterionIds.get(j)));
          cuts.add(List.of());
        }
      }
    }
    return new DrawLog(logged(settings.draws(), inputs.size(), n), n, inputs, cuts);
  }

  /** How many draws a log keeps: the first ones, as many as the cap and the memory budget allow. */
  static int logged(int draws, int inputs, int options) {
    // A draw keeps each input as a float and each option's worth as a double.
    long perDraw = 4L * inputs + 8L * options;
    return (int) Math.min(Math.min(draws, MAX_LOGGED), Math.max(1, LOG_BYTES / perDraw));
  }

  /** The run, keeping in {@code log} as many of its first draws as the log has room for. */
  Robustness run(AnalysisSettings settings, DrawLog log) {
    int draws = settings.draws();
    int blocks = (draws + BLOCK - 1) / BLOCK;
    SplittableRandom root = new SplittableRandom(settings.seed());
    SplittableRandom[] generators = new SplittableRandom[blocks];
    for (int b = 0; b < blocks; b++) {
      generators[b] = root.split();
    }
    Tally[] tallies = new Tally[blocks];
    double spread = settings.weightSpread();
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          Scratch scratch = new Scratch(spread);
          for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
            int count = Math.min(BLOCK, draws - b * BLOCK);
            Tally tally = new Tally();
            runBlock(generators[b], count, scratch, tally, b * BLOCK, log);
            tallies[b] = tally;
          }
        };
    runOnThreads(worker, Math.min(settings.threads(), blocks));

    Tally total = new Tally();
    for (Tally t : tallies) {
      total.add(t);
    }
    List<OptionOdds> odds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double p = total.wins[i] / draws;
      odds.add(
          new OptionOdds(
              optionIds.get(i),
              total.wins[i],
              p,
              Math.sqrt(p * (1 - p) / draws),
              (double) total.rankSums[i] / draws,
              (double) total.optionFails[i] / draws));
    }
    List<GateOdds> gateOdds = new ArrayList<>();
    int gates = gateCriterion.length;
    for (int i = 0; i < n; i++) {
      for (int g = 0; g < gates; g++) {
        gateOdds.add(
            new GateOdds(optionIds.get(i), g, (double) total.gateFails[i * gates + g] / draws));
      }
    }
    return new Robustness(
        settings.seed(), draws, spread, odds, (double) total.nonePasses / draws, gateOdds);
  }

  /** Counts over some draws; blocks' tallies add up in block order. */
  private final class Tally {
    final double[] wins = new double[n];
    final long[] rankSums = new long[n];
    final long[] optionFails = new long[n];
    final long[] gateFails = new long[n * gateCriterion.length];
    long nonePasses;

    void add(Tally other) {
      for (int i = 0; i < n; i++) {
        wins[i] += other.wins[i];
        rankSums[i] += other.rankSums[i];
        optionFails[i] += other.optionFails[i];
      }
      for (int k = 0; k < gateFails.length; k++) {
        gateFails[k] += other.gateFails[k];
      }
      nonePasses += other.nonePasses;
    }
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
    final long[] bits = new long[rangedCell.length];
    final boolean[] pass = new boolean[n];
    final boolean noisyWeights;
    final double[] d = new double[m];
    final double[] c = new double[m];
    final double[] boost = new double[m];

    Scratch(double spread) {
      boolean noisy = weightsVary(spread);
      for (int j = 0; j < m && noisy; j++) {
        double alpha = weights[j] / spread;
        if (alpha <= 0) {
          continue;
        }
        double shape = alpha >= 1 ? alpha : alpha + 1;
        d[j] = shape - 1.0 / 3.0;
        c[j] = 1 / Math.sqrt(9 * d[j]);
        boost[j] = alpha >= 1 ? 0 : 1 / alpha;
      }
      noisyWeights = noisy;
    }
  }

  /** Whether draws vary the weights: a spread so small that an alpha overflows means exact ones. */
  private boolean weightsVary(double spread) {
    if (!(spread > 0)) {
      return false;
    }
    for (double wj : weights) {
      if (wj > 0 && !Double.isFinite(wj / spread)) {
        return false;
      }
    }
    return true;
  }

  private void runBlock(
      SplittableRandom rng, int count, Scratch scratch, Tally tally, int firstDraw, DrawLog log) {
    final double[] x = scratch.x;
    final double[] w = scratch.w;
    final double[] s = scratch.s;
    final long[] bits = scratch.bits;
    final boolean[] pass = scratch.pass;
    final int cells = rangedCell.length;
    final int gates = gateCriterion.length;
    for (int draw = 0; draw < count; draw++) {
      if (scratch.noisyWeights) {
        drawWeights(rng, scratch);
      }
      for (int r = 0; r < cells; r++) {
        bits[r] = rng.nextLong();
      }
      for (int r = 0; r < cells; r++) {
        // Two 32-bit uniforms from one 64-bit draw (a resolution of 2^-32 of the range), and
        // their minimum by integer arithmetic, so no branch depends on the random bits.
        long a = bits[r] >>> 32;
        long b = bits[r] & 0xffffffffL;
        long diff = a - b;
        long lesser = b + (diff & (diff >> 63));
        double t;
        if (triangular[r]) {
          // (1 - c) min(U1, U2) + c max(U1, U2) is triangular on 0..1 with mode c.
          t = (mode[r] * (a + b) + oneMinusTwoMode[r] * lesser) * TWO_TO_MINUS_32;
        } else {
          t = a * TWO_TO_MINUS_32;
        }
        x[rangedCell[r]] = low[r] + width[r] * t;
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
            double v = x[j * n + i];
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
          off = lo;
          den = hi - lo;
          flat = !(hi > lo);
        }
        double wj = w[j];
        int column = j * n;
        if (flat) {
          for (int i = 0; i < n; i++) {
            s[i] += wj * 1.0;
          }
        } else if (flip[j]) {
          for (int i = 0; i < n; i++) {
            double v = (x[column + i] - off) / den;
            v = v < 0 ? 0 : (v > 1 ? 1 : v);
            s[i] += wj * (1 - v);
          }
        } else {
          for (int i = 0; i < n; i++) {
            double v = (x[column + i] - off) / den;
            v = v < 0 ? 0 : (v > 1 ? 1 : v);
            s[i] += wj * v;
          }
        }
      }
      if (gates == 0) {
        if (firstDraw + draw < log.draws()) {
          keep(log, firstDraw + draw, s, allPass, x, w);
        }
        tallyUngated(s, tally);
        continue;
      }
      boolean anyPasses = false;
      for (int i = 0; i < n; i++) {
        boolean ok = true;
        for (int g = 0; g < gates; g++) {
          double v = x[gateCriterion[g] * n + i];
          if (v < gateMin[g] || v > gateMax[g]) {
            ok = false;
            tally.gateFails[i * gates + g]++;
          }
        }
        pass[i] = ok;
        anyPasses |= ok;
        if (!ok) {
          tally.optionFails[i]++;
        }
      }
      if (firstDraw + draw < log.draws()) {
        keep(log, firstDraw + draw, s, pass, x, w);
      }
      for (int i = 0; i < n; i++) {
        int r = 1;
        double si = s[i];
        boolean pi = pass[i];
        for (int q = 0; q < n; q++) {
          // Ranking's order without its tie runs; scores are finite here.
          boolean beats =
              q != i && (pass[q] != pi ? pass[q] : (s[q] > si || (s[q] == si && q < i)));
          r += beats ? 1 : 0;
        }
        tally.rankSums[i] += r;
      }
      if (anyPasses) {
        shareFirstPlace(s, pass, tally);
      } else {
        tally.nonePasses++;
      }
    }
  }

  /**
   * Writes one draw into the log: each option's worth (its score, or 0 when it fails a
   * dealbreaker in the draw) and the inputs in the log's order, ranges then weights.
   */
  private void keep(DrawLog log, int draw, double[] s, boolean[] pass, double[] x, double[] w) {
    for (int i = 0; i < n; i++) {
      log.setWorth(draw, i, pass[i] ? s[i] : 0);
    }
    int k = 0;
    for (int r = 0; r < rangedCell.length; r++) {
      log.setInput(k++, draw, x[rangedCell[r]]);
    }
    for (int j = 0; k < log.inputs().size(); j++) {
      if (weights[j] > 0) {
        log.setInput(k++, draw, w[j]);
      }
    }
  }

  /** Ranks without gates: an earlier option beats an equal score, a later one must exceed it. */
  private void tallyUngated(double[] s, Tally tally) {
    for (int i = 0; i < n; i++) {
      int r = 1;
      double si = s[i];
      for (int q = 0; q < i; q++) {
        r += s[q] >= si ? 1 : 0;
      }
      for (int q = i + 1; q < n; q++) {
        r += s[q] > si ? 1 : 0;
      }
      tally.rankSums[i] += r;
    }
    shareFirstPlace(s, allPass, tally);
  }

  /**
   * Counts the draw's first place: to the best passing option, or shared equally among the
   * passing options level with it (within {@link Ranking#TIE}), so two identical options come
   * out even instead of the earlier one always winning.
   */
  private void shareFirstPlace(double[] s, boolean[] pass, Tally tally) {
    double top = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (pass[i] && s[i] > top) {
        top = s[i];
      }
    }
    int level = 0;
    for (int i = 0; i < n; i++) {
      if (pass[i] && Ranking.tied(top, s[i])) {
        level++;
      }
    }
    double share = 1.0 / level;
    for (int i = 0; i < n; i++) {
      if (pass[i] && Ranking.tied(top, s[i])) {
        tally.wins[i] += share;
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
