package dev.crossroads.method;

/** The weighted sum model: each option's score is the weighted sum of its 0..1 values. */
public final class WeightedSum implements Aggregation {

  @Override
  public String id() {
    return "wsm";
  }

  @Override
  public double[] scores(DecisionMatrix matrix, double[] weights) {
    return scoresOfValues(ValueFunctions.values(matrix), weights);
  }

  /** The weighted sum of an already mapped value matrix. */
  public static double[] scoresOfValues(double[][] values, double[] weights) {
    double[] scores = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      double s = 0;
      for (int j = 0; j < weights.length; j++) {
        s += weights[j] * values[i][j];
      }
      scores[i] = s;
    }
    return scores;
  }
}
