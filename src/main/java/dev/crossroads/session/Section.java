package dev.crossroads.session;

/** The parts of a session, in the order they are walked; the numbered ones show progress. */
public enum Section {
  DECISION,
  OPTIONS,
  GUT,
  CRITERIA,
  WEIGHTS,
  RATINGS,
  REFLECTION,
  REVIEW,
  SAVE;

  /** How many sections count towards the "2/8" progress mark. */
  public static final int NUMBERED = 8;

  public String key() {
    return "session.section." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
