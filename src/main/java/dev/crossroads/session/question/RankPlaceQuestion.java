package dev.crossroads.session.question;

import dev.crossroads.Numbers;
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
 * Where a criterion chosen after the criteria were ranked goes in that ranking: its place, 1 for
 * first. The rest of the ranking keeps its order, so adding a criterion from the review never
 * asks for the whole ranking again and never leaves one unranked.
 */
public final class RankPlaceQuestion extends CriterionQuestion {

  RankPlaceQuestion(CriterionInfo criterion) {
    super(Ids.RANK_PLACE, Section.WEIGHTS, "session.rankPlace", criterion);
  }

  /** The criteria as ranked so far, most important first: the ranking's, still chosen. */
  static List<CriterionInfo> ranked(Context ctx) {
    List<CriterionInfo> out = new ArrayList<>();
    for (String id : ctx.state().items(Ids.RANK)) {
      ctx.criteria().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(out::add);
    }
    return out;
  }

  /** The chosen criteria not in the ranking yet, in their own order. */
  static List<CriterionInfo> unplaced(Context ctx) {
    List<CriterionInfo> placed = ranked(ctx);
    return ctx.criteria().stream().filter(c -> !placed.contains(c)).toList();
  }

  /**
   * The ranking as the weights take it at any moment: the ranked criteria in their order, then
   * any not placed yet, so that a state with a question still open converts to valid weights.
   */
  static List<String> order(Context ctx) {
    List<String> out = new ArrayList<>(ranked(ctx).stream().map(CriterionInfo::id).toList());
    unplaced(ctx).forEach(c -> out.add(c.id()));
    return out;
  }

  private List<CriterionInfo> others(Context ctx) {
    return ranked(ctx).stream().filter(c -> !c.id().equals(criterion.id())).toList();
  }

  @Override
  public Prompt prompt(Context ctx) {
    List<CriterionInfo> others = others(ctx);
    List<String> lead = numbered(ctx, others.stream().map(CriterionInfo::label).toList(),
        criterion.label());
    int last = others.size() + 1;
    return new Prompt(id(), lead, text(ctx, "label", last), Optional.of(Integer.toString(last)),
        Lookup.upTo(last), "");
  }

  @Override
  public List<String> help(Context ctx) {
    return List.of(text(ctx, "help", criterion.label(), others(ctx).size() + 1));
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    int last = others(ctx).size() + 1;
    OptionalInt n = Numbers.integer(line);
    if (n.isEmpty() || n.getAsInt() < 1 || n.getAsInt() > last) {
      return Outcome.invalid("session.pick.range", 1, last);
    }
    return new Outcome.Done(Answer.text(Integer.toString(n.getAsInt())));
  }

  /**
   * The state after the criteria changed to {@code after}: the ranking keeps its order without
   * the criteria taken out (a new one is asked for its place), and places still to be given for
   * criteria taken out are dropped.
   */
  public static SessionState prune(SessionState state, List<CriterionInfo> after) {
    List<String> now = after.stream().map(CriterionInfo::id).toList();
    SessionState out = state;
    for (String key : state.answers().keySet()) {
      if (key.startsWith(Ids.RANK_PLACE) && !now.contains(key.substring(Ids.RANK_PLACE.length()))) {
        out = out.without(key);
      }
    }
    List<String> ranking = state.items(Ids.RANK);
    List<String> kept = ranking.stream().filter(now::contains).toList();
    if (state.answer(Ids.RANK).isPresent() && kept.size() != ranking.size() && !kept.isEmpty()) {
      out = out.with(Ids.RANK, Answer.items(kept));
    }
    return out;
  }

  /**
   * The state with the criterion put at the place just answered: the ranking takes it there,
   * and the answer, now part of the ranking, is taken out.
   */
  public SessionState place(SessionState state, Context ctx) {
    int at = state.text(id()).map(Numbers::integer).filter(OptionalInt::isPresent)
        .map(OptionalInt::getAsInt).orElse(Integer.MAX_VALUE);
    List<String> order = new ArrayList<>(others(ctx).stream().map(CriterionInfo::id).toList());
    order.add(Math.max(0, Math.min(at - 1, order.size())), criterion.id());
    return state.without(id()).with(Ids.RANK, Answer.items(order));
  }
}
