package dev.crossroads.cli;

import dev.crossroads.analysis.AnalysisSettings;
import picocli.CommandLine.Option;

/** The options every command that runs an analysis shares: seed, draws and weight spread. */
public final class AnalysisOptions {
  /** A fixed default seed, so running the same profile twice tells the same story. */
  static final long DEFAULT_SEED = 1;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", descriptionKey = "analysis.seed")
  long seed = DEFAULT_SEED;

  @Option(names = "--draws", paramLabel = "N", defaultValue = "10000", descriptionKey = "analysis.draws")
  int draws = AnalysisSettings.DEFAULT_DRAWS;

  @Option(names = "--weight-spread", paramLabel = "S", descriptionKey = "analysis.weightSpread")
  Double weightSpread;

  AnalysisSettings settings() {
    if (draws < 1 || draws > 10_000_000) {
      throw new dev.crossroads.Problem(
          dev.crossroads.Problem.Kind.USAGE, dev.crossroads.Message.of("cli.badDraws", draws));
    }
    AnalysisSettings settings = AnalysisSettings.defaults(seed).withDraws(draws);
    if (weightSpread != null) {
      if (weightSpread < 0 || weightSpread.isNaN() || weightSpread > 1) {
        throw new dev.crossroads.Problem(
            dev.crossroads.Problem.Kind.USAGE,
            dev.crossroads.Message.of("cli.badSpread", String.valueOf(weightSpread)));
      }
      settings = settings.withWeightSpread(weightSpread);
    }
    return settings;
  }
}
