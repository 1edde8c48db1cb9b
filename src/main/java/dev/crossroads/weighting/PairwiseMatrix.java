package dev.crossroads.weighting;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.InvalidDecisionException;
import dev.crossroads.decision.WeightInput.Judgement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reciprocal matrix of pairwise judgements over criteria: {@code a[i][j]} says how many times
 * as important criterion i is as criterion j, and {@code a[j][i] = 1 / a[i][j]}. Every pair must
 * be compared exactly once, in either order.
 */
public final class PairwiseMatrix {
  private final List<String> ids;
  private final double[][] a;
  // asGiven[i][j]: the person compared i to j (not j to i), so fixes are shown their way round
  private final boolean[][] asGiven;

  private PairwiseMatrix(List<String> ids, double[][] a, boolean[][] asGiven) {
    this.ids = List.copyOf(ids);
    this.a = a;
    this.asGiven = asGiven;
  }

  /**
   * Builds the matrix from judgements, checking that they are complete and well-formed.
   *
   * @throws InvalidDecisionException {@code weighting.unknownCriterion} (id), {@code
   *     weighting.selfComparison} (id), {@code weighting.ratioOutOfRange} (a, b, ratio), {@code
   *     weighting.duplicatePair} (a, b) or {@code weighting.missingPair} (a, b)
   */
  public static PairwiseMatrix of(List<Criterion> criteria, List<Judgement> judgements) {
    List<String> ids = criteria.stream().map(Criterion::id).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    int n = ids.size();
    double[][] a = new double[n][n];
    boolean[][] asGiven = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      a[i][i] = 1;
    }
    for (Judgement j : judgements) {
      Integer row = index.get(j.a());
      Integer col = index.get(j.b());
      if (row == null || col == null) {
        throw new InvalidDecisionException("weighting.unknownCriterion", row == null ? j.a() : j.b());
      }
      if (row.equals(col)) {
        throw new InvalidDecisionException("weighting.selfComparison", j.a());
      }
      if (!SaatyScale.inRange(j.ratio())) {
        throw new InvalidDecisionException("weighting.ratioOutOfRange", j.a(), j.b(), j.ratio());
      }
      if (a[row][col] != 0) {
        throw new InvalidDecisionException("weighting.duplicatePair", j.a(), j.b());
      }
      a[row][col] = j.ratio();
      a[col][row] = 1 / j.ratio();
      asGiven[row][col] = true;
    }
    for (int i = 0; i < n; i++) {
      for (int k = i + 1; k < n; k++) {
        if (a[i][k] == 0) {
          throw new InvalidDecisionException("weighting.missingPair", ids.get(i), ids.get(k));
        }
      }
    }
    return new PairwiseMatrix(ids, a, asGiven);
  }

  public List<String> ids() {
    return ids;
  }

  public int size() {
    return ids.size();
  }

  public double get(int i, int j) {
    return a[i][j];
  }

  /** A copy with the judgement i-vs-j (and its reciprocal) replaced. */
  public PairwiseMatrix with(int i, int j, double ratio) {
    double[][] copy = toArray();
    copy[i][j] = ratio;
    copy[j][i] = 1 / ratio;
    return new PairwiseMatrix(ids, copy, asGiven);
  }

  /** True when the person compared criterion i to j (rather than j to i). */
  public boolean givenAs(int i, int j) {
    return asGiven[i][j];
  }

  public double[][] toArray() {
    return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
  }
}
