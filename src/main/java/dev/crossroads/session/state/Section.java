package dev.crossroads.session.state;

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
  /** The plan, asked after the summary; like the save, it shows no progress mark. */
  PLAN,
  SAVE;

  /** How many sections count towards the "2/8" progress mark. */
  public static final int NUMBERED = 8;

  /** True for the sections the "2/8" progress mark counts. */
  public boolean numbered() {
    return ordinal() < NUMBERED;
  }

  /** True for the sections after the review, which come after the summary. */
  public boolean afterReview() {
    return compareTo(REVIEW) > 0;
  }

  public String key() {
    return "session.section." + name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The section question {@code id} belongs to (the start, for an unknown or empty id). */
  public static Section of(String id) {
    if (id.equals(Ids.OPTIONS)) {
      return OPTIONS;
    } else if (id.equals(Ids.GUT)) {
      return GUT;
    } else if (id.equals(Ids.CRITERIA) || id.startsWith(Ids.DEALBREAKER)
        || id.startsWith(Ids.CUSTOM)) {
      return CRITERIA;
    } else if (id.startsWith("weights.")) {
      return WEIGHTS;
    } else if (id.startsWith(Ids.RATING) || id.startsWith(Ids.MONEY)) {
      return RATINGS;
    } else if (id.startsWith(Ids.REFLECT)) {
      return REFLECTION;
    } else if (id.equals(Ids.REVIEW)) {
      return REVIEW;
    } else if (id.startsWith(Ids.PLAN)) {
      return PLAN;
    } else if (id.equals(Ids.SAVE)) {
      return SAVE;
    }
    return DECISION;
  }
}
