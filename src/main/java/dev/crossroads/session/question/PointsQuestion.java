package dev.crossroads.session.question;

import dev.crossroads.Numbers;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * "Split 100 points": one criterion at a time, showing what is left. The template's suggestion
 * is the default; the last criterion gets what remains, so the points always add up to 100.
 */
public final class PointsQuestion extends CriterionQuestion {
  public static final int TOTAL = 100;
  /** A weight not known yet, in {@link #split}. */
  static final double UNKNOWN = -1;

  PointsQuestion(CriterionInfo criterion) {
    super(Ids.POINTS, Section.WEIGHTS, "session.points", criterion);
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
      lead.add(text(ctx, "intro", TOTAL));
    }
    lead.add(text(ctx, "ask", criterion.label(), left));
    Optional<String> def = ctx.state().text(id());
    if (last(ctx)) {
      def = Optional.of(Integer.toString(Math.max(left, 0)));
    } else if (def.isEmpty()) {
      def = Optional.of(Integer.toString(Math.min(left, suggestion(ctx))));
    }
    return prompt(ctx, lead, def, List.of());
  }

  /** The template's suggested weights scaled to 100 over the chosen criteria. */
  private int suggestion(Context ctx) {
    List<CriterionInfo> all = ctx.criteria();
    double[] raw = new double[all.size()];
    for (int i = 0; i < raw.length; i++) {
      Double s = ctx.blueprint().suggestedPoints().get(all.get(i).id());
      raw[i] = s == null ? UNKNOWN : s;
    }
    return PointsKept.split(raw, TOTAL)[position(ctx)];
  }

  @Override
  public List<String> help(Context ctx) {
    return List.of(text(ctx, "help", TOTAL), criterion.description());
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
}
