package dev.crossroads.fuzz;

/** How one case ended. Only the first two are allowed. */
enum Outcome {
  /** Read, analysed and rendered with every number finite. */
  ACCEPTED,
  /** Refused cleanly: the expected-failure type, with a message a person can read. */
  REFUSED,
  /** Anything else: an uncaught exception, NaN in output, memory or time past the bound. */
  FAILED
}
