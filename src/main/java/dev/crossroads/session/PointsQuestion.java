package dev.crossroads.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * "Split 100 points": one criterion at a time, showing what is left. The template's suggestion
 * is the default; the last criterion gets what remains, so the points always add up to 100.
 */
final class PointsQuestion implements Question {
  static final int TOTAL = 100;
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
    double known = 0;
    int count = 0;
    for (int i = 0; i < raw.length; i++) {
      Double s = ctx.blueprint().suggestedPoints().get(all.get(i).id());
      raw[i] = s == null ? -1 : s;
      if (s != null) {
        known += s;
        count++;
      }
    }
    double fallback = count == 0 ? 1 : known / count;
    double sum = 0;
    for (int i = 0; i < raw.length; i++) {
      raw[i] = raw[i] < 0 ? fallback : raw[i];
      sum += raw[i];
    }
    int[] alloc = new int[raw.length];
    int given = 0;
    for (int i = 0; i < raw.length; i++) {
      alloc[i] = (int) Math.floor(raw[i] / sum * TOTAL);
      given += alloc[i];
    }
    for (int k = 0; given < TOTAL; k++, given++) {
      int best = 0;
      double bestRest = -1;
      for (int i = 0; i < raw.length; i++) {
        double rest = raw[i] / sum * TOTAL - alloc[i];
        if (rest > bestRest) {
          bestRest = rest;
          best = i;
        }
      }
      alloc[best]++;
      raw[best] = (alloc[best]) * sum / TOTAL;
    }
    return alloc[position(ctx)];
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
   * The points after the criteria changed from {@code before} to {@code after}: the criteria kept
   * keep their proportions, a new one starts at the average of theirs, and all are scaled back to
   * 100 in whole points, so removing a criterion does not hand its points to whichever comes last.
   * Unchanged when no points were given yet.
   */
  static SessionState refit(SessionState state, List<CriterionInfo> before,
      List<CriterionInfo> after) {
    List<String> was = before.stream().map(CriterionInfo::id).toList();
    List<String> now = after.stream().map(CriterionInfo::id).toList();
    if (new java.util.HashSet<>(was).equals(new java.util.HashSet<>(now))) {
      return state;
    }
    double[] raw = new double[now.size()];
    double kept = 0;
    int keptCount = 0;
    for (int i = 0; i < raw.length; i++) {
      OptionalInt p = was.contains(now.get(i))
          ? state.text(Ids.POINTS + now.get(i)).map(Numbers::integer).orElse(OptionalInt.empty())
          : OptionalInt.empty();
      raw[i] = p.isPresent() ? p.getAsInt() : -1;
      if (p.isPresent()) {
        kept += p.getAsInt();
        keptCount++;
      }
    }
    if (keptCount == 0) {
      return state;
    }
    double fill = kept > 0 ? kept / keptCount : 1;
    double sum = 0;
    for (int i = 0; i < raw.length; i++) {
      raw[i] = raw[i] < 0 ? fill : raw[i];
      sum += raw[i];
    }
    double[] shares = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      shares[i] = sum > 0 ? raw[i] / sum * TOTAL : (double) TOTAL / raw.length;
    }
    int[] points = SavedAnswers.wholePoints(shares, TOTAL);
    SessionState out = state;
    for (String id : was) {
      if (!now.contains(id)) {
        out = out.without(Ids.POINTS + id);
      }
    }
    for (int i = 0; i < points.length; i++) {
      out = out.with(Ids.POINTS + now.get(i), Answer.text(Integer.toString(points[i])));
    }
    return out;
  }

  /**
   * The points after {@code changed} was answered: when they no longer add up to 100, the
   * criteria after it share what is left in the proportions they had, so changing one answer
   * (from the review, or a file of changes to a saved profile) never leaves the last criterion
   * with a negative share or a total above 100.
   */
  static SessionState rebalance(SessionState state, List<CriterionInfo> criteria, String changed) {
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
      later[i] = p.orElse(0);
      total += p.orElse(0);
    }
    if (!laterAnswered || total == TOTAL) {
      return state;
    }
    int left = Math.max(TOTAL - before, 0);
    double sum = java.util.Arrays.stream(later).sum();
    double[] shares = new double[later.length];
    for (int i = 0; i < later.length; i++) {
      shares[i] = sum > 0 ? later[i] / sum * left : (double) left / later.length;
    }
    int[] whole = SavedAnswers.wholePoints(shares, left);
    SessionState out = state;
    for (int i = 0; i < whole.length; i++) {
      out = out.with(ids.get(at + 1 + i), Answer.text(Integer.toString(whole[i])));
    }
    return out;
  }

  private static OptionalInt points(SessionState state, String id) {
    return state.text(id).map(Numbers::integer).orElse(OptionalInt.empty());
  }
}
