package dev.crossroads.fuzz;

/** What the fuzzer feeds crossroads, with each kind's share of the cases. */
enum Kind {
  PROFILE(40),
  TEMPLATE(15),
  ANSWERS(20),
  DRAFT(12),
  SET(13);

  /** Percent of the cases. */
  final int share;

  Kind(int share) {
    this.share = share;
  }
}
