package dev.crossroads.session.question;

import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.Meta;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.money.MoneyFeed;
import dev.crossroads.money.MoneyPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a finished session's answers into the decision the analysis and the profile take; with
 * the money view (or an edited profile's plan carried over), net worth is one of its criteria,
 * rated from the money plan.
 */
public final class DecisionAssembler {
  private static final String NUMBER = "(-?[0-9]+(?:\\.[0-9]+)?)";
  private static final Pattern RANGE = Pattern.compile(NUMBER + "-" + NUMBER);
  private static final Pattern TRIANGLE = Pattern.compile(NUMBER + "\\.\\." + NUMBER + "\\.\\." + NUMBER);

  private DecisionAssembler() {}

  public static Decision assemble(Context ctx) {
    SessionState s = ctx.state();
    List<Option> options = ctx.options();
    List<CriterionInfo> infos = ctx.criteria();
    List<Criterion> criteria = infos.stream().map(CriterionInfo::criterion).toList();

    List<Gate> gates = new ArrayList<>();
    for (String id : s.items(Ids.DEALBREAKERS)) {
      Optional<CriterionInfo> c = infos.stream().filter(x -> x.id().equals(id)).findFirst();
      Optional<Double> limit = s.text(Ids.DEALBREAKER + id).flatMap(DecisionAssembler::number);
      if (c.isPresent() && limit.isPresent()) {
        gates.add(c.get().criterion().isBenefit() ? Gate.atLeast(id, limit.get())
            : Gate.atMost(id, limit.get()));
      }
    }

    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    for (Option o : options) {
      Map<String, Rating> row = new LinkedHashMap<>();
      for (CriterionInfo c : infos) {
        s.text(Ids.rating(o.id(), c.id())).map(v -> rating(v, c.criterion()))
            .ifPresent(r -> row.put(c.id(), r));
      }
      ratings.put(o.id(), row);
    }

    Map<String, String> reflections = new LinkedHashMap<>();
    Optional<LocalDate> reviewDate = Optional.empty();
    for (Reflection r : ctx.blueprint().reflections()) {
      Optional<String> text = s.text(Ids.REFLECT + r.id()).filter(t -> !t.isBlank());
      if (text.isPresent()) {
        reflections.put(r.id(), text.get());
        if (r.date() && reviewDate.isEmpty()) {
          reviewDate = Optional.of(LocalDate.parse(text.get()));
        }
      }
    }

    Meta meta = new Meta(
        ctx.blueprint().id(),
        s.text(Ids.DEADLINE).filter(t -> !t.isBlank()).map(LocalDate::parse),
        reviewDate,
        s.items(Ids.GUT));
    Decision decision = new Decision(
        s.text(Ids.TITLE).orElse(ctx.blueprint().title()),
        s.language(),
        options,
        criteria,
        gates,
        weights(ctx, infos),
        ratings,
        reflections,
        List.of(),
        meta);
    Optional<MoneyPlan> kept = MoneyPlans.kept(ctx);
    if (kept.isPresent()) {
      return MoneyFeed.apply(decision, kept.get());
    }
    return MoneyPlans.plan(ctx).map(p -> MoneyPlans.withNetWorth(decision, p, ctx))
        .orElse(decision);
  }

  static WeightInput weights(Context ctx, List<CriterionInfo> criteria) {
    SessionState s = ctx.state();
    String method = s.text(Ids.METHOD).orElse("points");
    if (method.equals("rank")) {
      return new WeightInput.RankOrder(RankPlaceQuestion.order(ctx));
    }
    if (method.equals("pairs")) {
      return Judgements.among(ctx, criteria, criteria.size())
          .orElse(new WeightInput.Pairwise(List.of()));
    }
    Map<String, Double> points = new LinkedHashMap<>();
    for (CriterionInfo c : criteria) {
      points.put(c.id(), s.text(Ids.POINTS + c.id()).flatMap(DecisionAssembler::number).orElse(0.0));
    }
    return new WeightInput.Points(points);
  }

  /**
   * "7" is a point, "6-8" a range, "5..7..9" a range with its most likely value, "?" the whole
   * scale (a key uncertainty).
   */
  public static Rating rating(String text, Criterion criterion) {
    if (text.equals(RatingQuestion.DONT_KNOW)) {
      double[] b = Scales.bounds(criterion).orElseThrow();
      return Rating.range(b[0], b[1]);
    }
    Matcher t = TRIANGLE.matcher(text);
    if (t.matches()) {
      return Rating.range(Double.parseDouble(t.group(1)), Double.parseDouble(t.group(2)),
          Double.parseDouble(t.group(3)));
    }
    Matcher m = RANGE.matcher(text);
    if (m.matches()) {
      return Rating.range(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
    }
    return Rating.of(Double.parseDouble(text));
  }

  private static Optional<Double> number(String text) {
    try {
      return Optional.of(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
