package dev.crossroads.analysis;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.RatingScale;
import dev.crossroads.method.DecisionMatrix;
import dev.crossroads.method.ValueFunctions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * For each (option, criterion), the nearest value of that one rating at which the weighted-sum
 * winner changes. A rating moves within its scale's [min, max]; a quantity within [worst, best]
 * when both are fixed, else within the options' observed min..max widened by one span on each
 * side (by the value's own magnitude, or 1, when every option has the same value). The current
 * value is always inside the range searched.
 *
 * <p>The search walks outward from the current value in both directions, cutting the way at every
 * point where the picture can bend: the gate thresholds on the criterion (the option may start or
 * stop passing), the scale's ends (values clamp there) and the other options' values (a min-max
 * scale changes shape there). Between two such points every rival's score gap to the winner is
 * monotone, so the winner holds on an interval starting at the near end: where the value
 * function is linear, the crossing is solved exactly from the gaps at both ends; for a min-max
 * quantity, where the value moves the normalisation, it is found by bisection to 1e-12 of the
 * span. When both directions change the winner, the nearer wins (up on a tie).
 */
final class RatingSensitivity {
  private static final double PROBE = 1e-12;

  private final DecisionMatrix central;
  private final List<Gate> gates;
  private final double[][] values;
  private final double[] weights;
  private final boolean[] passing;
  private final int winner;
  private final int n;
  private final int m;

  RatingSensitivity(
      DecisionMatrix central,
      List<Gate> gates,
      double[][] values,
      double[] weights,
      boolean[] passing,
      int winner) {
    this.central = central;
    this.gates = gates;
    this.values = values;
    this.weights = weights;
    this.passing = passing;
    this.winner = winner;
    this.n = central.optionCount();
    this.m = central.criterionCount();
  }

  /** Every cell where the winner can change, nearest first as a fraction of the span. */
  List<RatingChange> changes() {
    List<RatingChange> out = new ArrayList<>();
    if (n < 2) {
      return out;
    }
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < m; k++) {
        Cell cell = new Cell(i, k);
        RatingChange up = cell.readable(cell.search(+1));
        RatingChange down = cell.readable(cell.search(-1));
        RatingChange best = up;
        if (down != null && (up == null || down.fractionOfSpan() < up.fractionOfSpan())) {
          best = down;
        }
        if (best != null) {
          out.add(best);
        }
      }
    }
    // A stable sort keeps option-then-criterion order among equal fractions.
    out.sort(Comparator.comparingDouble(RatingChange::fractionOfSpan));
    return out;
  }

  /** One (option, criterion) cell and everything fixed while only its rating moves. */
  private final class Cell {
    final int i;
    final int k;
    final Criterion criterion;
    final double x0;
    final double[] column = new double[n];
    final double[] rest = new double[n];
    final double[] scores = new double[n];
    final boolean[] pass;
    final boolean passesElsewhere;
    final List<Gate> gatesHere = new ArrayList<>();
    final boolean linear;
    final double span;
    final double domainLow;
    final double domainHigh;
    final TreeSet<Double> bends = new TreeSet<>();

    Cell(int i, int k) {
      this.i = i;
      this.k = k;
      criterion = central.criteria().get(k);
      x0 = central.raw(i, k);
      for (int q = 0; q < n; q++) {
        column[q] = central.raw(q, k);
        double s = 0;
        for (int j = 0; j < m; j++) {
          if (j != k) {
            s += weights[j] * values[q][j];
          }
        }
        rest[q] = s;
      }
      pass = passing.clone();
      boolean ok = true;
      for (Gate g : gates) {
        if (g.criterionId().equals(criterion.id())) {
          gatesHere.add(g);
          g.atLeast().ifPresent(bends::add);
          g.atMost().ifPresent(bends::add);
        } else if (!g.passes(central.raw(i, indexOf(g.criterionId())))) {
          ok = false;
        }
      }
      passesElsewhere = ok;
      double lo;
      double hi;
      if (criterion.scale() instanceof RatingScale r) {
        linear = true;
        lo = r.min();
        hi = r.max();
        span = hi - lo;
      } else {
        QuantityScale q = (QuantityScale) criterion.scale();
        if (q.hasFixedEnds()) {
          linear = true;
          lo = Math.min(q.worst().getAsDouble(), q.best().getAsDouble());
          hi = Math.max(q.worst().getAsDouble(), q.best().getAsDouble());
          span = hi - lo;
        } else {
          linear = false;
          double min = Double.POSITIVE_INFINITY;
          double max = Double.NEGATIVE_INFINITY;
          for (double v : column) {
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
          span = max > min ? max - min : Math.max(Math.abs(min), 1);
          lo = min - span;
          hi = max + span;
        }
      }
      bends.add(lo);
      bends.add(hi);
      for (int q = 0; q < n; q++) {
        if (q != i) {
          bends.add(column[q]);
        }
      }
      domainLow = Math.min(lo, x0);
      domainHigh = Math.max(hi, x0);
    }

    private int indexOf(String criterionId) {
      for (int j = 0; j < m; j++) {
        if (central.criteria().get(j).id().equals(criterionId)) {
          return j;
        }
      }
      throw new IllegalStateException("gate on unknown criterion " + criterionId);
    }

    /** The nearest change walking in direction dir (+1 up, -1 down), or null. */
    RatingChange search(int dir) {
      double end = dir > 0 ? domainHigh : domainLow;
      if (end == x0) {
        return null;
      }
      List<Double> stops = new ArrayList<>();
      for (double b : dir > 0 ? bends.tailSet(x0, false) : bends.headSet(x0, false).descendingSet()) {
        if (dir > 0 ? b < end : b > end) {
          stops.add(b);
        }
      }
      stops.add(end);
      double a = x0;
      for (double b : stops) {
        double h = Math.min(PROBE * span, Math.abs(b - a) / 4);
        double pa = step(a, dir, h);
        double pb = step(b, -dir, h);
        int wa = winnerAt(pa);
        if (wa != winner) {
          return change(a, dir, wa);
        }
        if (winnerAt(pb) != winner) {
          return linear ? solve(pa, pb, dir) : bisect(pa, pb, dir);
        }
        // A bend itself can be the only place where the winner changes: a value exactly at a
        // gate's limit, or exactly level with the rival that wins ties.
        int wb = winnerAt(b);
        if (wb != winner) {
          return change(b, dir, wb);
        }
        a = b;
      }
      int atEnd = winnerAt(end);
      return atEnd != winner ? change(end, dir, atEnd) : null;
    }

    /**
     * The value a person would try: the crossing rounded away from the current value to a tenth
     * of the scale's order of magnitude (2.5 on a 1..10 scale, 47,000,000 on a salary), or finer
     * when that overshoots into another picture, checked so that setting the rating to it really
     * changes the first place. A crossing no checked value confirms is dropped: a change that
     * cannot be shown to change anything is never reported.
     */
    RatingChange readable(RatingChange raw) {
      if (raw == null) {
        return null;
      }
      int dir = raw.direction();
      int exponent = (int) Math.floor(Math.log10(Math.max(span, 1e-9))) - 1;
      for (int e = exponent; e >= exponent - 12; e--) {
        double step = Math.pow(10, e);
        double k = dir > 0 ? Math.ceil(raw.to() / step) : Math.floor(raw.to() / step);
        for (int extra = 0; extra < 2; extra++) {
          double candidate =
              java.math.BigDecimal.valueOf(k + dir * extra).scaleByPowerOfTen(e).doubleValue();
          if (candidate < domainLow || candidate > domainHigh || (candidate - x0) * dir <= 0) {
            continue;
          }
          int now = winnerAt(candidate);
          if (now != winner) {
            return change(candidate, dir, now);
          }
        }
      }
      double probe = raw.to();
      for (int tries = 0; tries < 64; tries++) {
        if (probe >= domainLow && probe <= domainHigh && (probe - x0) * dir > 0) {
          int now = winnerAt(probe);
          if (now != winner) {
            return change(probe, dir, now);
          }
        }
        probe = dir > 0 ? Math.nextUp(probe) : Math.nextDown(probe);
      }
      return null;
    }

    /** The exact crossing between pa (winner holds) and pb (it does not), scores linear. */
    private RatingChange solve(double pa, double pb, int dir) {
      double[] sa = scoresAt(pa).clone();
      boolean[] eligible = pass.clone();
      double[] sb = scoresAt(pb);
      double best = pb;
      for (int q = 0; q < n; q++) {
        if (q == winner || eligible[q] != eligible[winner]) {
          continue;
        }
        double fa = sa[winner] - sa[q];
        double fb = sb[winner] - sb[q];
        boolean loses = fb < 0 || (fb == 0 && q < winner);
        if (loses && fa > fb) {
          double c = pa + (pb - pa) * (fa / (fa - fb));
          if (dir > 0 ? c < best : c > best) {
            best = c;
          }
        }
      }
      // The crossing is a tie; the new winner shows just beyond it.
      double probe = best;
      double nudge = Math.max(Math.abs(best), span) * 1e-15;
      int beyond = winnerAt(probe);
      while (beyond == winner && (dir > 0 ? probe < pb : probe > pb)) {
        probe = dir > 0 ? Math.min(pb, best + nudge) : Math.max(pb, best - nudge);
        nudge *= 2;
        beyond = winnerAt(probe);
      }
      return change(best, dir, beyond);
    }

    /** Bisection between pa (winner holds) and pb (it does not); returns the changed side. */
    private RatingChange bisect(double pa, double pb, int dir) {
      double holds = pa;
      double changed = pb;
      while (Math.abs(changed - holds) > PROBE * span) {
        double mid = (holds + changed) / 2;
        if (mid == holds || mid == changed) {
          break;
        }
        if (winnerAt(mid) == winner) {
          holds = mid;
        } else {
          changed = mid;
        }
      }
      return change(changed, dir, winnerAt(changed));
    }

    private double step(double from, int dir, double h) {
      double x = from + dir * h;
      if (x == from) {
        x = dir > 0 ? Math.nextUp(from) : Math.nextDown(from);
      }
      return x;
    }

    /** Every option's score with this cell's rating set to x; updates {@code pass} for option i. */
    private double[] scoresAt(double x) {
      double[] col = column.clone();
      col[i] = x;
      double[] v = ValueFunctions.column(criterion, col);
      for (int q = 0; q < n; q++) {
        scores[q] = rest[q] + weights[k] * v[q];
      }
      boolean ok = passesElsewhere;
      for (Gate g : gatesHere) {
        ok &= g.passes(x);
      }
      pass[i] = ok;
      return scores;
    }

    private int winnerAt(double x) {
      scoresAt(x);
      return Ranking.first(scores, pass);
    }

    private RatingChange change(double to, int dir, int newWinner) {
      return new RatingChange(
          central.options().get(i).id(),
          criterion.id(),
          x0,
          to,
          dir,
          span,
          Math.abs(to - x0) / span,
          central.options().get(newWinner).id());
    }
  }
}
