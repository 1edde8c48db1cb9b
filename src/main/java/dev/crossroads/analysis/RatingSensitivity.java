package dev.crossroads.analysis;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.method.DecisionMatrix;
import dev.crossroads.method.ValueFunctions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * For each (option, criterion), the nearest readable value of that one rating at which another
 * option comes first, all else as it is. "Comes first" means what the verdict means by it: ahead
 * of every other passing option (a change that only draws level does not count), or no option
 * passing at all when the change makes the leader fail a gate with no one left to pass. When no
 * option passes on the person's own ratings, first place is judged on score alone, as the
 * ranking then does.
 *
 * <p>The search walks outward from the current value in both directions (within its {@link
 * RatingDomain}), cutting the way at every point where the picture can bend: the gate thresholds
 * on the criterion (the option may start or stop passing), the domain's ends (values clamp there)
 * and the other options' values (a min-max scale changes shape there). Between two such points
 * every rival's score gap to the winner is monotone, so the winner holds on an interval starting
 * at the near end: where the value function is linear, the crossing is solved exactly from the
 * gaps at both ends; for a min-max quantity, where the value moves the normalisation, it is found
 * by bisection. The crossing is then turned into a value a person would try ({@link
 * ReadableValues}), checked by scoring. When both directions change the winner, the nearer wins
 * (up on a tie).
 */
final class RatingSensitivity {
  /** How close, as a share of the span, a probe sits to a bend: just off it, on either side. */
  private static final double PROBE = 1e-12;

  private final DecisionMatrix central;
  private final List<Gate> gates;
  private final double[][] values;
  private final double[] weights;
  private final boolean[] passing;
  private final boolean anyPasses;
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
    boolean any = false;
    for (boolean p : passing) {
      any |= p;
    }
    this.anyPasses = any;
  }

  /** Every cell where the winner can change, nearest first as a fraction of the span. */
  List<RatingChange> changes() {
    List<RatingChange> out = new ArrayList<>();
    if (n < 2 && !anyPasses) {
      return out;
    }
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < m; k++) {
        Cell cell = new Cell(i, k);
        RatingChange up = cell.readable(cell.search(+1), +1);
        RatingChange down = cell.readable(cell.search(-1), -1);
        Nearer.of(up, down, RatingChange::fractionOfSpan).ifPresent(out::add);
      }
    }
    // A stable sort keeps option-then-criterion order among equal fractions.
    out.sort(Comparator.comparingDouble(RatingChange::fractionOfSpan));
    return out;
  }

  /** True when {@code standing} (a {@link Ranking#clearLeader} result) is another first place. */
  private boolean changed(int standing) {
    return standing != winner && standing != Ranking.TIED;
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
    final double[] moved = new double[n];
    final double[] mapped = new double[n];
    final boolean[] pass;
    final boolean passesElsewhere;
    final List<Gate> gatesHere = new ArrayList<>();
    final boolean linear;
    final RatingDomain domain;
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
      pass = anyPasses ? passing.clone() : allTrue();
      boolean ok = true;
      for (Gate g : gates) {
        if (g.criterionId().equals(criterion.id())) {
          gatesHere.add(g);
          g.atLeast().ifPresent(bends::add);
          g.atMost().ifPresent(bends::add);
        } else if (!g.passes(central.raw(i, central.criterionIndex(g.criterionId())))) {
          ok = false;
        }
      }
      passesElsewhere = ok;
      linear =
          !(criterion.scale() instanceof QuantityScale q) || q.hasFixedEnds();
      domain = RatingDomain.of(criterion, column);
      bends.add(domain.low());
      bends.add(domain.high());
      for (int q = 0; q < n; q++) {
        if (q != i) {
          bends.add(column[q]);
        }
      }
      domainLow = Math.min(domain.low(), x0);
      domainHigh = Math.max(domain.high(), x0);
    }

    /** The nearest crossing walking in direction dir (+1 up, -1 down), or null. */
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
        double h = Math.min(PROBE * domain.span(), Math.abs(b - a) / 4);
        double pa = step(a, dir, h);
        double pb = step(b, -dir, h);
        int wa = standingAt(pa);
        if (changed(wa)) {
          return change(a, dir, wa);
        }
        if (changed(standingAt(pb))) {
          return linear ? solve(pa, pb, dir) : bisect(pa, pb, dir);
        }
        // A bend itself can be the only place where the winner changes: a value exactly at a
        // gate's limit.
        int wb = standingAt(b);
        if (changed(wb)) {
          return change(b, dir, wb);
        }
        a = b;
      }
      return null;
    }

    /**
     * The value a person would try beyond a crossing: see {@link ReadableValues}. Only a value
     * that really puts another option first is kept, so a crossing no checked value confirms is
     * dropped: a change that cannot be shown to change anything is never reported.
     */
    RatingChange readable(RatingChange crossing, int dir) {
      if (crossing == null) {
        return null;
      }
      List<Double> candidates =
          ReadableValues.beyond(crossing.to(), dir, ReadableValues.coarsestFor(domain.span()));
      for (double candidate : candidates) {
        if (candidate < domainLow || candidate > domainHigh || (candidate - x0) * dir <= 0) {
          continue;
        }
        int now = standingAt(candidate);
        if (changed(now)) {
          return change(candidate, dir, now);
        }
      }
      double probe = crossing.to();
      for (int tries = 0; tries < 64; tries++) {
        if (probe >= domainLow && probe <= domainHigh && (probe - x0) * dir > 0) {
          int now = standingAt(probe);
          if (changed(now)) {
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
        if (fb < 0 && fa > fb) {
          double c = pa + (pb - pa) * (fa / (fa - fb));
          if (dir > 0 ? c < best : c > best) {
            best = c;
          }
        }
      }
      // At the crossing the two draw level; the new first place shows just beyond the tie.
      double probe = best;
      // Never 0 (a crossing at 0 on a span of 5e-324 would make it so), or the probe never moves.
      double nudge = Math.max(Math.max(Math.abs(best), domain.span()) * 1e-15, Double.MIN_VALUE);
      int beyond = standingAt(probe);
      while (!changed(beyond) && (dir > 0 ? probe < pb : probe > pb)) {
        probe = dir > 0 ? Math.min(pb, best + nudge) : Math.max(pb, best - nudge);
        nudge *= 2;
        beyond = standingAt(probe);
      }
      return change(probe, dir, beyond);
    }

    /** Bisection between pa (winner holds) and pb (it does not); returns the changed side. */
    private RatingChange bisect(double pa, double pb, int dir) {
      double holds = pa;
      double moved = pb;
      while (Math.abs(moved - holds) > PROBE * domain.span()) {
        double mid = (holds + moved) / 2;
        if (mid == holds || mid == moved) {
          break;
        }
        if (changed(standingAt(mid))) {
          moved = mid;
        } else {
          holds = mid;
        }
      }
      return change(moved, dir, standingAt(moved));
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
      // Called many times per cell: the working column and its values are reused.
      System.arraycopy(column, 0, moved, 0, n);
      moved[i] = x;
      double[] v = ValueFunctions.column(criterion, moved, mapped);
      for (int q = 0; q < n; q++) {
        scores[q] = rest[q] + weights[k] * v[q];
      }
      if (anyPasses) {
        boolean ok = passesElsewhere;
        for (Gate g : gatesHere) {
          ok &= g.passes(x);
        }
        pass[i] = ok;
      }
      return scores;
    }

    /** Who is first with the rating at x: an option, {@link Ranking#TIED} or {@link Ranking#NONE}. */
    private int standingAt(double x) {
      scoresAt(x);
      return Ranking.clearLeader(scores, pass);
    }

    private RatingChange change(double to, int dir, int standing) {
      return new RatingChange(
          central.options().get(i).id(),
          criterion.id(),
          x0,
          to,
          dir,
          domain.span(),
          fraction(Math.abs(to - x0), domain.span()),
          standing >= 0 ? Optional.of(central.options().get(standing).id()) : Optional.empty());
    }
  }

  /**
   * A change as a share of the span, finite however small the span: scale ends 5e-324 apart would
   * make a change of 2 infinitely many spans, which no report can show. As far as a double goes.
   */
  static double fraction(double change, double span) {
    double fraction = change / span;
    return Double.isFinite(fraction) ? fraction : Double.MAX_VALUE;
  }

  private boolean[] allTrue() {
    boolean[] all = new boolean[n];
    Arrays.fill(all, true);
    return all;
  }
}
