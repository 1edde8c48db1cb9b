package dev.crossroads.method;

/** The weighted sum model: each option's score is the weighted sum of its 0..1 values. */
public final class WeightedSum implements ValueAggregation {

  @Override
  public String id() {
    return "wsm";
  }

  @Override
  public double score(double[] values, double[] weights) {
    double sum = 0;
    for (int j = 0; j < weights.length; j++) {
      sum += weights[j] * values[j];
    }
    return sum;
  }
}
