package dev.crossroads.cli;

import dev.crossroads.analysis.Analyzer;
import dev.crossroads.method.Topsis;
import dev.crossroads.method.WeightedProduct;
import dev.crossroads.method.WeightedSum;
import java.util.List;

/** The analyzer with the three methods crossroads reports: weighted sum, weighted product, TOPSIS. */
final class Engine {
  private Engine() {}

  static Analyzer analyzer() {
    return new Analyzer(List.of(new WeightedSum(), new WeightedProduct(), new Topsis()));
  }
}
