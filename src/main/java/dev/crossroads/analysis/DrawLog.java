package dev.crossroads.analysis;

import java.util.List;

/**
 * The Monte Carlo draws kept one by one, for estimates that need more than counts: in each
 * recorded draw, the value of every uncertain input and each option's worth. An option's worth
 * in a draw is its weighted-sum score when it passes every dealbreaker in that draw and 0 (the
 * lowest score there is) when it fails one, so the option worth most in a draw is the one the
 * Monte Carlo counts first.
 *
 * <p>Each input may carry cuts: values at which an option's worth jumps because a dealbreaker's
 * limit lies there (a rating's range crossing a limit). Everywhere else worth moves smoothly with
 * an input, so an estimate that groups draws by an input's value should not group across a cut.
 *
 * <p>Inputs are kept as floats: only their order is used, and a float halves the memory of a long
 * run. Arrays are filled block by block by the Monte Carlo's workers, each block its own stretch
 * of draws, and read only after every worker has finished.
 */
final class DrawLog {
  /** A log that keeps nothing, for runs that only count. */
  static final DrawLog NONE = new DrawLog(0, 0, List.of(), List.of());

  private final int draws;
  private final int options;
  private final List<UncertainInput> inputs;
  private final List<List<Double>> cuts;
  // worth[d * options + i]: option i in draw d.
  private final double[] worth;
  // input[k * draws + d]: input k in draw d, so one input's values lie side by side.
  private final float[] input;

  /**
   * @param cuts for each input, the values (ascending) at which worth may jump
   */
  DrawLog(int draws, int options, List<UncertainInput> inputs, List<List<Double>> cuts) {
    if (cuts.size() != inputs.size()) {
      throw new IllegalArgumentException(cuts.size() + " cut lists for " + inputs.size() + " inputs");
    }
    this.draws = draws;
    this.options = options;
    this.inputs = List.copyOf(inputs);
    this.cuts = cuts.stream().map(c -> c.stream().sorted().toList()).toList();
    this.worth = new double[Math.multiplyExact(draws, options)];
    this.input = new float[Math.multiplyExact(draws, this.inputs.size())];
  }

  /** How many draws are kept: the first ones of the run. */
  int draws() {
    return draws;
  }

  int options() {
    return options;
  }

  List<UncertainInput> inputs() {
    return inputs;
  }

  /** The values of input {@code k}, ascending, at which an option's worth may jump. */
  List<Double> cuts(int k) {
    return cuts.get(k);
  }

  double worth(int draw, int option) {
    return worth[draw * options + option];
  }

  float input(int k, int draw) {
    return input[k * draws + draw];
  }

  void setWorth(int draw, int option, double value) {
    worth[draw * options + option] = value;
  }

  void setInput(int k, int draw, double value) {
    input[k * draws + draw] = (float) value;
  }
}
