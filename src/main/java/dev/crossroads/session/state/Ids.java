package dev.crossroads.session.state;

/**
 * The stable question ids. They key the answers file and the draft, so they never change
 * meaning; docs/answers-file.md lists them.
 */
public final class Ids {
  public static final String TEMPLATE = "template";
  public static final String TITLE = "decision.title";
  public static final String DEADLINE = "decision.deadline";
  public static final String OPTIONS = "options";
  public static final String GUT = "gut";
  public static final String CRITERIA = "criteria";
  public static final String DEALBREAKERS = "dealbreakers";
  public static final String DEALBREAKER = "dealbreaker.";
  public static final String METHOD = "weights.method";
  public static final String RANK = "weights.rank";
  /** Where a criterion added after the ranking goes in it: {@code weights.rank.place.<id>}. */
  public static final String RANK_PLACE = "weights.rank.place.";
  public static final String POINTS = "weights.points.";
  /**
   * Not a question: the criteria added after the 100 points were all given, which are asked how
   * to make room ({@link RoomQuestion}) rather than given what is left. Kept in the draft.
   */
  public static final String ADDED = "criteria.added";
  public static final String PAIR = "weights.pair.";
  public static final String CONSISTENCY = "weights.consistency";
  /** A criterion of the person's own: {@code custom.<id>.direction}, {@code .scale}, {@code .unit}. */
  public static final String CUSTOM = "custom.";
  public static final String RATING = "rating.";
  /**
   * Not a question: the order the ratings are walked in, {@code criterion} (every option on one
   * criterion, then the next; the default) or {@code option} (one option on every criterion).
   * Set by typing "by option" or "by criterion" at any rating. Kept in the draft.
   */
  public static final String RATING_ORDER = "ratings.order";
  public static final String MONEY = "money.";
  public static final String REFLECT = "reflect.";
  public static final String REVIEW = "review";
  /** The plan, asked after the summary: {@code plan.a}, {@code plan.step.1.what}, ... */
  public static final String PLAN = "plan.";
  public static final String PLAN_A = "plan.a";
  public static final String PLAN_B = "plan.b";
  public static final String PLAN_Z = "plan.z";
  public static final String SIGNALS = "plan.signals";
  public static final String SAVE = "save.name";

  private Ids() {}

  public static String rating(String optionId, String criterionId) {
    return RATING + optionId + "." + criterionId;
  }

  /** Next step {@code n} (from 1): what to do. */
  public static String step(int n) {
    return PLAN + "step." + n + ".what";
  }

  /** The date next step {@code n} is due by. */
  public static String stepBy(int n) {
    return PLAN + "step." + n + ".by";
  }

  public static String pair(String a, String b) {
    return PAIR + a + "." + b;
  }
}
