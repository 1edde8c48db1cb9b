package dev.crossroads.bench;

import dev.crossroads.analysis.AnalysisSettings;
import dev.crossroads.analysis.MonteCarlo;
import dev.crossroads.analysis.Robustness;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Monte Carlo on the job of /work/shared/bench/mc_numpy.py: 8 options by 12 criteria on a
 * 1..10 scale, random weights, every rating a triangular range (likely uniform on 3..8, low and
 * high up to 2 below and above it), Dirichlet concentration 50. Scores are draws per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonteCarloBench {
  static final int DRAWS = 200_000;

  private MonteCarlo engine;
  private AnalysisSettings bothCores;
  private AnalysisSettings oneCore;

  @Setup
  public void setUp() {
    SplittableRandom rng = new SplittableRandom(7);
    int options = 8;
    int criteria = 12;
    List<Option> optionList = new ArrayList<>();
    for (int i = 0; i < options; i++) {
      optionList.add(new Option("o" + i, "Option " + i));
    }
    List<Criterion> criterionList = new ArrayList<>();
    Map<String, Double> weights = new LinkedHashMap<>();
    double total = 0;
    double[] w = new double[criteria];
    for (int j = 0; j < criteria; j++) {
      criterionList.add(Criterion.rating("c" + j, "Criterion " + j, Direction.BENEFIT));
      w[j] = rng.nextDouble();
      total += w[j];
    }
    for (int j = 0; j < criteria; j++) {
      w[j] /= total;
      weights.put("c" + j, w[j]);
    }
    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    for (int i = 0; i < options; i++) {
      Map<String, Rating> row = new LinkedHashMap<>();
      for (int j = 0; j < criteria; j++) {
        double likely = 3 + 5 * rng.nextDouble();
        double low = likely - 2 * rng.nextDouble();
        double high = likely + 2 * rng.nextDouble();
        row.put("c" + j, Rating.range(low, likely, high));
      }
      ratings.put("o" + i, row);
    }
    Decision decision =
        Decision.of("benchmark", optionList, criterionList, new WeightInput.Direct(weights), ratings);
    engine = new MonteCarlo(decision, w);
    bothCores = new AnalysisSettings(1, DRAWS, 1 / 50.0, 2);
    oneCore = bothCores.withThreads(1);
  }

  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public Robustness drawsOnTwoThreads() {
    return engine.run(bothCores);
  }

  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public Robustness drawsOnOneThread() {
    return engine.run(oneCore);
  }
}
