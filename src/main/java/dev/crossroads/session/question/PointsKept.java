package dev.crossroads.session.question;

import dev.crossroads.Numbers;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Keeping the 100 points whole as the criteria change: a criterion added after the points were
 * given is fitted in, one removed gives its points back, and a changed figure moves the others
 * in proportion, always as whole points that add up to 100.
 */
public final class PointsKept {
  private static final double NEAR = 1e-6;

  private PointsKept() {}

  /**
   * The points after the criteria changed from {@code before} to {@code after}: the points of a
   * criterion taken out are shared by the ones kept, in their proportions and in whole points, so
   * removing a criterion does not hand its points to whichever comes last. A new criterion gets
   * none here: when the points were all given before it came, it is recorded as added
   * ({@link Ids#ADDED}) and asked how many it gets and where they come from
   * ({@link RoomQuestion}); otherwise it is asked as usual.
   */
  public static SessionState refit(SessionState state, List<CriterionInfo> before,
      List<CriterionInfo> after) {
    List<String> was = before.stream().map(CriterionInfo::id).toList();
    List<String> now = after.stream().map(CriterionInfo::id).toList();
    SessionState out = state;
    int freed = 0;
    for (String id : was) {
      if (!now.contains(id)) {
        freed += points(state, Ids.POINTS + id).orElse(0);
        out = out.without(Ids.POINTS + id);
      }
    }
    List<String> kept = new ArrayList<>();
    int held = 0;
    for (String id : now) {
      OptionalInt p = was.contains(id) ? points(out, Ids.POINTS + id) : OptionalInt.empty();
      if (p.isPresent()) {
        kept.add(id);
        held += p.getAsInt();
      }
    }
    out = added(out, state, was, now);
    if (freed == 0 || kept.isEmpty()) {
      return out;
    }
    double[] raw = new double[kept.size()];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = points(out, Ids.POINTS + kept.get(i)).getAsInt();
    }
    int[] points = split(raw, held + freed);
    for (int i = 0; i < points.length; i++) {
      out = out.with(Ids.POINTS + kept.get(i), Answer.text(Integer.toString(points[i])));
    }
    return out;
  }

  /**
   * {@code out} with {@link Ids#ADDED} brought up to date: the criteria of {@code now} that were
   * not among {@code was} join it when every criterion of {@code was} had its points; ids no
   * longer chosen leave it.
   */
  private static SessionState added(SessionState out, SessionState state, List<String> was,
      List<String> now) {
    boolean given = !was.isEmpty()
        && was.stream().allMatch(id -> points(state, Ids.POINTS + id).isPresent());
    List<String> ids = new ArrayList<>();
    for (String id : state.items(Ids.ADDED)) {
      if (now.contains(id)) {
        ids.add(id);
      }
    }
    if (given) {
      for (String id : now) {
        if (!was.contains(id) && !ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    if (ids.equals(state.items(Ids.ADDED))) {
      return out;
    }
    return ids.isEmpty() ? out.without(Ids.ADDED) : out.with(Ids.ADDED, Answer.items(ids));
  }

  /**
   * The points after {@code changed} was answered: when they no longer add up to 100, the
   * criteria after it share what is left in the proportions they had, so changing one answer
   * (from the review, or a file of changes to a saved profile) never leaves the last criterion
   * with a negative share or a total above 100.
   */
  public static SessionState rebalance(SessionState state, List<CriterionInfo> criteria, String changed) {
    List<String> ids = criteria.stream().map(c -> Ids.POINTS + c.id()).toList();
    int at = ids.indexOf(changed);
    if (at < 0 || at == ids.size() - 1) {
      return state;
    }
    int before = 0;
    for (int i = 0; i <= at; i++) {
      before += points(state, ids.get(i)).orElse(0);
    }
    int total = before;
    boolean laterAnswered = false;
    double[] later = new double[ids.size() - at - 1];
    for (int i = 0; i < later.length; i++) {
      OptionalInt p = points(state, ids.get(at + 1 + i));
      laterAnswered |= p.isPresent();
      later[i] = p.isPresent() ? p.getAsInt() : PointsQuestion.UNKNOWN;
      total += p.orElse(0);
    }
    if (!laterAnswered || total == PointsQuestion.TOTAL) {
      return state;
    }
    int[] whole = split(later, Math.max(PointsQuestion.TOTAL - before, 0));
    SessionState out = state;
    for (int i = 0; i < whole.length; i++) {
      out = out.with(ids.get(at + 1 + i), Answer.text(Integer.toString(whole[i])));
    }
    return out;
  }

  /**
   * {@code raw} weights as whole numbers adding up to {@code total}, in proportion; an
   * {@link #PointsQuestion.UNKNOWN} one counts as the average of the known ones (as 1 when none is known), and
   * all zero shares {@code total} evenly.
   */
  static int[] split(double[] raw, int total) {
    double known = 0;
    int count = 0;
    for (double r : raw) {
      if (r != PointsQuestion.UNKNOWN) {
        known += r;
        count++;
      }
    }
    double fill = count == 0 || known == 0 ? 1 : known / count;
    double sum = 0;
    double[] filled = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      filled[i] = raw[i] == PointsQuestion.UNKNOWN ? fill : raw[i];
      sum += filled[i];
    }
    double[] shares = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      shares[i] = sum > 0 ? filled[i] / sum * total : (double) total / raw.length;
    }
    return wholePoints(shares, total);
  }

  /**
   * Whole numbers adding up to {@code total}, each the floor or ceiling of its share: the
   * largest remainders get the points left over (Hamilton's method).
   */
  public static int[] wholePoints(double[] shares, int total) {
    int[] out = new int[shares.length];
    int given = 0;
    for (int i = 0; i < shares.length; i++) {
      // Shares a hair below a whole number are that number, not its floor.
      out[i] = (int) Math.floor(shares[i] + NEAR);
      given += out[i];
    }
    while (given < total && shares.length > 0) {
      int best = 0;
      double bestRest = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < shares.length; i++) {
        double rest = shares[i] - out[i];
        if (rest > bestRest) {
          bestRest = rest;
          best = i;
        }
      }
      out[best]++;
      given++;
    }
    return out;
  }

  private static OptionalInt points(SessionState state, String id) {
    return state.text(id).map(Numbers::integer).orElse(OptionalInt.empty());
  }
}
