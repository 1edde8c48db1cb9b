package dev.crossroads.session.question;

import dev.crossroads.session.ask.Numbers;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;
import dev.crossroads.session.state.SessionState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * "Split 100 points": one criterion at a time, showing what is left. The template's suggestion
 * is the default; the last criterion gets what remains, so the points always add up to 100.
 */
public final class PointsQuestion implements Question {
  public static final int TOTAL = 100;
  /** A weight not known yet, in {@link #split}. */
  static final double UNKNOWN = -1;
  private static final double NEAR = 1e-6;
  private final CriterionInfo criterion;

  PointsQuestion(CriterionInfo criterion) {
    this.criterion = criterion;
  }

  @Override
  public String id() {
    return Ids.POINTS + criterion.id();
  }

  @Override
  public Section section() {
    return Section.WEIGHTS;
  }

  @Override
  public String title(Context ctx) {
    return ctx.t("session.points.title", criterion.label());
  }

  private int position(Context ctx) {
    List<CriterionInfo> all = ctx.criteria();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(criterion.id())) {
        return i;
      }
    }
    return all.size() - 1;
  }

  private int remaining(Context ctx) {
    List<CriterionInfo> all = ctx.criteria();
    int used = 0;
    for (int i = 0; i < position(ctx); i++) {
      used += ctx.state().text(Ids.POINTS + all.get(i).id())
          .flatMap(s -> Numbers.integer(s).isPresent()
              ? Optional.of(Numbers.integer(s).getAsInt()) : Optional.empty())
          .orElse(0);
    }
    return TOTAL - used;
  }

  private boolean last(Context ctx) {
    return position(ctx) == ctx.criteria().size() - 1;
  }

  @Override
  public Prompt prompt(Context ctx) {
    int left = remaining(ctx);
    List<String> lead = new ArrayList<>();
    if (position(ctx) == 0) {
      lead.add(ctx.t("session.points.intro", TOTAL));
    }
    lead.add(ctx.t("session.points.ask", criterion.label(), left));
    Optional<String> def = ctx.state().text(id());
    if (last(ctx)) {
      def = Optional.of(Integer.toString(Math.max(left, 0)));
    } else if (def.isEmpty()) {
      def = Optional.of(Integer.toString(Math.min(left, suggestion(ctx))));
    }
    return new Prompt(id(), lead, ctx.t("session.points.label"), def, List.of(), "");
  }

  /** The template's suggested weights scaled to 100 over the chosen criteria. */
  private int suggestion(Context ctx) {
    List<CriterionInfo> all = ctx.criteria();
    double[] raw = new double[all.size()];
    for (int i = 0; i < raw.length; i++) {
      Double s = ctx.blueprint().suggestedPoints().get(all.get(i).id());
      raw[i] = s == null ? UNKNOWN : s;
    }
    return split(raw, TOTAL)[position(ctx)];
  }

  @Override
  public List<String> help(Context ctx) {
    return List.of(ctx.t("session.points.help", TOTAL), criterion.description());
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    OptionalInt v = Numbers.integer(line);
    if (v.isEmpty()) {
      return Outcome.invalid("session.points.format");
    }
    int left = remaining(ctx);
    if (v.getAsInt() > left) {
      return Outcome.invalid("session.points.tooMany", Math.max(left, 0));
    }
    if (last(ctx) && v.getAsInt() != left) {
      return Outcome.invalid("session.points.useAll", TOTAL, left);
    }
    return new Outcome.Done(Answer.text(Integer.toString(v.getAsInt())));
  }

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
      later[i] = p.isPresent() ? p.getAsInt() : UNKNOWN;
      total += p.orElse(0);
    }
    if (!laterAnswered || total == TOTAL) {
      return state;
    }
    int[] whole = split(later, Math.max(TOTAL - before, 0));
    SessionState out = state;
    for (int i = 0; i < whole.length; i++) {
      out = out.with(ids.get(at + 1 + i), Answer.text(Integer.toString(whole[i])));
    }
    return out;
  }

  /**
   * {@code raw} weights as whole numbers adding up to {@code total}, in proportion; an
   * {@link #UNKNOWN} one counts as the average of the known ones (as 1 when none is known), and
   * all zero shares {@code total} evenly.
   */
  static int[] split(double[] raw, int total) {
    double known = 0;
    int count = 0;
    for (double r : raw) {
      if (r != UNKNOWN) {
        known += r;
        count++;
      }
    }
    double fill = count == 0 || known == 0 ? 1 : known / count;
    double sum = 0;
    double[] filled = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      filled[i] = raw[i] == UNKNOWN ? fill : raw[i];
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
