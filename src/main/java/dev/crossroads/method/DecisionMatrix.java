package dev.crossroads.method;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import java.util.Arrays;
import java.util.List;

/**
 * The raw numbers the methods work on: {@code raw[i][j]} is option i's value on criterion j, in
 * the criterion's own unit. The arrays are copied on the way in and out.
 */
public final class DecisionMatrix {
  private final List<Option> options;
  private final List<Criterion> criteria;
  private final double[][] raw;

  public DecisionMatrix(List<Option> options, List<Criterion> criteria, double[][] raw) {
    this.options = List.copyOf(options);
    this.criteria = List.copyOf(criteria);
    if (raw.length != options.size()) {
      throw new IllegalArgumentException("matrix has " + raw.length + " rows for " + options.size() + " options");
    }
    this.raw = new double[raw.length][];
    for (int i = 0; i < raw.length; i++) {
      if (raw[i].length != criteria.size()) {
        throw new IllegalArgumentException("row " + i + " has " + raw[i].length + " values for " + criteria.size() + " criteria");
      }
      this.raw[i] = raw[i].clone();
    }
  }

  /** The matrix deterministic methods use: each rating's central value. */
  public static DecisionMatrix central(Decision decision) {
    List<Option> options = decision.options();
    List<Criterion> criteria = decision.criteria();
    double[][] raw = new double[options.size()][criteria.size()];
    for (int i = 0; i < options.size(); i++) {
      for (int j = 0; j < criteria.size(); j++) {
        raw[i][j] = decision.rating(options.get(i).id(), criteria.get(j).id()).central();
      }
    }
    return new DecisionMatrix(options, criteria, raw);
  }

  public List<Option> options() {
    return options;
  }

  public List<Criterion> criteria() {
    return criteria;
  }

  /** The position of the criterion with this id; -1 when there is none. */
  public int criterionIndex(String criterionId) {
    for (int j = 0; j < criteria.size(); j++) {
      if (criteria.get(j).id().equals(criterionId)) {
        return j;
      }
    }
    return -1;
  }

  public int optionCount() {
    return raw.length;
  }

  public int criterionCount() {
    return criteria.size();
  }

  public double raw(int option, int criterion) {
    return raw[option][criterion];
  }

  public double[][] rawCopy() {
    return Arrays.stream(raw).map(double[]::clone).toArray(double[][]::new);
  }

  /** A copy with one cell replaced; used by sensitivity to try "what if this rating were x". */
  public DecisionMatrix with(int option, int criterion, double value) {
    double[][] copy = rawCopy();
    copy[option][criterion] = value;
    return new DecisionMatrix(options, criteria, copy);
  }
}
