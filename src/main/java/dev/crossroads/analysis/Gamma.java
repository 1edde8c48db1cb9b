package dev.crossroads.analysis;

import java.util.SplittableRandom;

/**
 * Gamma(shape, 1) draws by Marsaglia and Tsang's squeeze method ("A simple method for generating
 * gamma variables", 2000). Shapes below 1 use the boost Gamma(a) = Gamma(a + 1) U^(1/a).
 */
final class Gamma {
  private Gamma() {}

  static double sample(SplittableRandom rng, double shape) {
    if (shape >= 1) {
      double d = shape - 1.0 / 3.0;
      return squeeze(rng, d, 1 / Math.sqrt(9 * d));
    }
    double d = shape + 1 - 1.0 / 3.0;
    return squeeze(rng, d, 1 / Math.sqrt(9 * d)) * Math.pow(rng.nextDouble(), 1 / shape);
  }

  /** One Gamma(d + 1/3) draw given d and c = 1 / sqrt(9 d), both precomputed by the caller. */
  static double squeeze(SplittableRandom rng, double d, double c) {
    while (true) {
      double z = rng.nextGaussian();
      double t = 1 + c * z;
      if (t <= 0) {
        continue;
      }
      double v = t * t * t;
      double u = rng.nextDouble();
      double z2 = z * z;
      if (u < 1 - 0.0331 * z2 * z2) {
        return d * v;
      }
      if (Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
