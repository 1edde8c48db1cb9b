package dev.crossroads.decision;

/**
 * How big a decision may be (docs/limits.md). Profiles, templates and answers files are shared
 * between people, so every one of them is untrusted: these bounds let each reader refuse a file
 * before it costs more than a moment or a few megabytes, and keep every sum the methods form
 * finite. The readers at the edges check them with the file's own positions; {@link LimitCheck}
 * checks a decision built any other way before an analysis starts.
 *
 * <p>Lengths count characters as people see them (Unicode code points), so a Korean label has
 * the same room as an English one.
 */
public final class Limits {
  /** Far more options than anyone weighs at once; the analysis stays well under a second. */
  public static final int MAX_OPTIONS = 50;
  /** Criteria in a decision, and in a template's catalogue. */
  public static final int MAX_CRITERIA = 60;
  /** Scenarios kept beside a decision. */
  public static final int MAX_SCENARIOS = 50;
  /** Dealbreakers: one per criterion is all that makes sense. */
  public static final int MAX_GATES = MAX_CRITERIA;
  /** Reflection answers kept in a profile, and reflection prompts in a template. */
  public static final int MAX_REFLECTIONS = 50;
  /** Next steps in a plan: the few a person can keep in mind and act on soon. */
  public static final int MAX_NEXT_STEPS = 3;
  /** Looks back in a decision's journal: one a month for over eight years. */
  public static final int MAX_JOURNAL = 100;
  /** Pairwise judgements: one per pair of criteria. */
  public static final int MAX_JUDGEMENTS = MAX_CRITERIA * (MAX_CRITERIA - 1) / 2;

  /** A label, a title, a scenario name, a unit. */
  public static final int MAX_LABEL = 200;
  /**
   * An option or criterion id, a reflection prompt's id. As long as a label, because a session
   * makes the id of an option or criterion of your own from its label's words: "One more
   * semester, keeping both doors open for grad school" is an id of 58 characters.
   */
  public static final int MAX_ID = MAX_LABEL;
  /** A description or a reflection: a paragraph, as the prompts take it. */
  public static final int MAX_TEXT = 2000;

  /**
   * The largest number, either way, a rating, weight, scale end or dealbreaker may be: 10^15
   * (a quadrillion won is still in range). With at most {@value #MAX_CRITERIA} criteria, sums of
   * weights, spans between ratings and TOPSIS's sums of squares stay far inside a double's range,
   * so no computation can overflow to infinity or lose every digit.
   */
  public static final double MAX_MAGNITUDE = 1e15;

  private Limits() {}

  /** True when {@code value} is a number the decision can hold: finite and at most 10^15 either way. */
  public static boolean inRange(double value) {
    return Math.abs(value) <= MAX_MAGNITUDE; // false for NaN and both infinities
  }

  /** Characters as people count them (code points). */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
