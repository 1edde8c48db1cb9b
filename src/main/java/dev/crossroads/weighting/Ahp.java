package dev.crossroads.weighting;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.WeightInput.Judgement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saaty's analytic hierarchy process for one level of criteria: weights are the principal
 * eigenvector of the pairwise matrix, and its eigenvalue gives the consistency index {@code CI =
 * (λmax - n) / (n - 1)} and ratio {@code CR = CI / RI} (RI from {@link RandomIndex}, Saaty 1980).
 * A matrix of order 1 or 2 is always consistent: CR 0.
 *
 * <p>When CR exceeds 0.10, the judgement that disturbs consistency most is looked for. Judgements
 * are ranked by how far the given ratio {@code a_ij} is from the ratio the weights imply, {@code
 * |ln(a_ij · w_j / w_i)|}. For each in turn, the ratio the <em>other</em> judgements imply is
 * found by Harker's method for incomplete matrices (Harker 1987, Mathematical Modelling 9:837-848:
 * drop the pair, add one to the diagonal of both rows, take the eigenvector), and rounded to the
 * nearest value of Saaty's scale in log terms. The first judgement whose suggested value differs
 * from the given one and lowers CR when substituted is reported; if none does, none is reported.
 */
public final class Ahp {
  private static final double TOLERANCE = 1e-12;
  private static final int MAX_ITERATIONS = 100_000;

  private Ahp() {}

  /** Weights and consistency from judgements over the criteria (see {@link PairwiseMatrix#of}). */
  public static Weights weights(List<Criterion> criteria, List<Judgement> judgements) {
    return weights(PairwiseMatrix.of(criteria, judgements));
  }

  /** Weights by criterion id, in the matrix's order, with the consistency figures. */
  public static Weights weights(PairwiseMatrix matrix) {
    Eigen eigen = principal(matrix.toArray());
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < matrix.size(); i++) {
      out.put(matrix.ids().get(i), eigen.vector[i]);
    }
    return new Weights(out, Optional.of(consistency(matrix, eigen)));
  }

  /** The consistency ratio alone. */
  public static double consistencyRatio(PairwiseMatrix matrix) {
    return ratio(matrix.size(), principal(matrix.toArray()).value);
  }

  private static Consistency consistency(PairwiseMatrix matrix, Eigen eigen) {
    int n = matrix.size();
    if (n <= 2) {
      return new Consistency(n, 0, 0, Optional.empty());
    }
    double ci = index(n, eigen.value);
    double cr = ci / RandomIndex.of(n);
    Optional<JudgementFix> worst =
        cr > Consistency.ACCEPTABLE_RATIO ? worstJudgement(matrix, eigen.vector, cr) : Optional.empty();
    return new Consistency(eigen.value, ci, cr, worst);
  }

  private static double index(int n, double lambdaMax) {
    // λmax >= n for every positive reciprocal matrix; a shade below is rounding
    return Math.max(0, (lambdaMax - n) / (n - 1));
  }

  private static double ratio(int n, double lambdaMax) {
    return n <= 2 ? 0 : index(n, lambdaMax) / RandomIndex.of(n);
  }

  private static Optional<JudgementFix> worstJudgement(
      PairwiseMatrix matrix, double[] w, double currentRatio) {
    int n = matrix.size();
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        pairs.add(new int[] {i, j});
      }
    }
    pairs.sort(
        Comparator.comparingDouble(
                (int[] p) -> Math.abs(Math.log(matrix.get(p[0], p[1]) * w[p[1]] / w[p[0]])))
            .reversed());
    for (int[] p : pairs) {
      int i = p[0];
      int j = p[1];
      double given = matrix.get(i, j);
      double implied = impliedByOthers(matrix, i, j);
      double suggested = SaatyScale.nearest(implied);
      if (Math.abs(Math.log(suggested / given)) < 1e-9) {
        continue;
      }
      double fixedRatio = ratio(n, principal(matrix.with(i, j, suggested).toArray()).value);
      if (fixedRatio < currentRatio) {
        return Optional.of(
            matrix.givenAs(i, j)
                ? new JudgementFix(matrix.ids().get(i), matrix.ids().get(j), given, suggested)
                : new JudgementFix(
                    matrix.ids().get(j),
                    matrix.ids().get(i),
                    matrix.get(j, i),
                    SaatyScale.nearest(1 / implied)));
      }
    }
    return Optional.empty();
  }

  /** w_i / w_j as the other judgements see it: Harker's eigenvector with pair i-j left out. */
  private static double impliedByOthers(PairwiseMatrix matrix, int i, int j) {
    double[][] c = matrix.toArray();
    c[i][j] = 0;
    c[j][i] = 0;
    c[i][i] += 1;
    c[j][j] += 1;
    double[] v = principal(c).vector;
    return v[i] / v[j];
  }

  /** Power iteration from the uniform vector until no entry moves by more than 1e-12. */
  private static Eigen principal(double[][] a) {
    int n = a.length;
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1.0 / n);
    double[] next = new double[n];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      multiply(a, w, next);
      double sum = 0;
      for (double x : next) {
        sum += x;
      }
      double moved = 0;
      for (int i = 0; i < n; i++) {
        next[i] /= sum;
        moved = Math.max(moved, Math.abs(next[i] - w[i]));
      }
      double[] swap = w;
      w = next;
      next = swap;
      if (moved < TOLERANCE) {
        break;
      }
    }
    // with w summing to 1, the entries of A·w sum to λ·1
    multiply(a, w, next);
    double lambda = 0;
    for (double x : next) {
      lambda += x;
    }
    return new Eigen(w, lambda);
  }

  private static void multiply(double[][] a, double[] v, double[] out) {
    for (int i = 0; i < a.length; i++) {
      double s = 0;
      for (int j = 0; j < v.length; j++) {
        s += a[i][j] * v[j];
      }
      out[i] = s;
    }
  }

  private record Eigen(double[] vector, double value) {}
}
