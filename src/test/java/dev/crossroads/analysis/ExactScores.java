package dev.crossroads.analysis;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.RatingScale;
import dev.crossroads.decision.WeightInput;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Weighted-sum scores in exact rational arithmetic, on the decimals the person typed, for checking
 * that ties the engine reports are ties and that it reports every tie. Only for weights that are
 * rational (points, direct, rank order); AHP's eigenvector is not.
 */
final class ExactScores {
  private ExactScores() {}

  /** A fraction in lowest terms with a positive denominator. */
  record Q(BigInteger num, BigInteger den) implements Comparable<Q> {
    static final Q ZERO = new Q(BigInteger.ZERO, BigInteger.ONE);
    static final Q ONE = new Q(BigInteger.ONE, BigInteger.ONE);

    Q {
      if (den.signum() < 0) {
        num = num.negate();
        den = den.negate();
      }
      BigInteger g = num.gcd(den);
      if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
        num = num.divide(g);
        den = den.divide(g);
      }
    }

    static Q of(double typed) {
      BigDecimal d = BigDecimal.valueOf(typed);
      return d.scale() > 0
          ? new Q(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
          : new Q(d.toBigIntegerExact(), BigInteger.ONE);
    }

    static Q of(long a, long b) {
      return new Q(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    Q plus(Q o) {
      return new Q(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Q minus(Q o) {
      return plus(new Q(o.num.negate(), o.den));
    }

    Q times(Q o) {
      return new Q(num.multiply(o.num), den.multiply(o.den));
    }

    Q over(Q o) {
      return new Q(num.multiply(o.den), den.multiply(o.num));
    }

    Q clamp() {
      return compareTo(ZERO) < 0 ? ZERO : (compareTo(ONE) > 0 ? ONE : this);
    }

    @Override
    public int compareTo(Q o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
  }

  /** Exact scores in option order, or empty when the weights are not rational. */
  static Optional<Q[]> of(Decision d) {
    List<Criterion> criteria = d.criteria();
    int m = criteria.size();
    Q[] w = new Q[m];
    if (d.weights() instanceof WeightInput.Points p) {
      normalise(criteria, p.points(), w);
    } else if (d.weights() instanceof WeightInput.Direct direct) {
      normalise(criteria, direct.weights(), w);
    } else if (d.weights() instanceof WeightInput.RankOrder r) {
      int k = r.order().size();
      for (int j = 0; j < m; j++) {
        int pos = r.order().indexOf(criteria.get(j).id());
        Q sum = Q.ZERO;
        for (int i = pos + 1; i <= k; i++) {
          sum = sum.plus(Q.of(1, i));
        }
        w[j] = sum.times(Q.of(1, k));
      }
    } else {
      return Optional.empty();
    }
    int n = d.options().size();
    Q[] scores = new Q[n];
    java.util.Arrays.fill(scores, Q.ZERO);
    for (int j = 0; j < m; j++) {
      Criterion c = criteria.get(j);
      Q[] raw = new Q[n];
      for (int i = 0; i < n; i++) {
        raw[i] = Q.of(d.rating(d.options().get(i).id(), c.id()).central());
      }
      for (int i = 0; i < n; i++) {
        scores[i] = scores[i].plus(w[j].times(value(c, raw, i)));
      }
    }
    return Optional.of(scores);
  }

  private static void normalise(List<Criterion> criteria, Map<String, Double> raw, Q[] w) {
    Q total = Q.ZERO;
    for (Criterion c : criteria) {
      total = total.plus(Q.of(raw.getOrDefault(c.id(), 0.0)));
    }
    for (int j = 0; j < criteria.size(); j++) {
      w[j] = Q.of(raw.getOrDefault(criteria.get(j).id(), 0.0)).over(total);
    }
  }

  private static Q value(Criterion c, Q[] raw, int i) {
    if (c.scale() instanceof QuantityScale q && q.hasFixedEnds()) {
      Q worst = Q.of(q.worst().getAsDouble());
      Q best = Q.of(q.best().getAsDouble());
      return raw[i].minus(worst).over(best.minus(worst)).clamp();
    }
    Q lo;
    Q hi;
    if (c.scale() instanceof RatingScale r) {
      lo = Q.of(r.min());
      hi = Q.of(r.max());
    } else {
      lo = raw[0];
      hi = raw[0];
      for (Q x : raw) {
        lo = x.compareTo(lo) < 0 ? x : lo;
        hi = x.compareTo(hi) > 0 ? x : hi;
      }
      if (hi.compareTo(lo) <= 0) {
        return Q.ONE;
      }
    }
    Q v = raw[i].minus(lo).over(hi.minus(lo)).clamp();
    return c.isBenefit() ? v : Q.ONE.minus(v);
  }
}
