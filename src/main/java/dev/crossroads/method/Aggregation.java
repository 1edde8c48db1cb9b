package dev.crossroads.method;

/** One way of scoring options: higher is better; scores are comparable within one call only. */
public interface Aggregation {

  /** Short stable name used in JSON output: {@code wsm}, {@code wpm}, {@code topsis}. */
  String id();

  /**
   * One score per option, in the matrix's option order.
   *
   * @param weights one per criterion, in the matrix's criterion order, summing to 1
   */
  double[] scores(DecisionMatrix matrix, double[] weights);
}
