package dev.crossroads.report;

import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.MethodRanking;
import dev.crossroads.analysis.RankedOption;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Builds {@link TwoViews} from two decisions and their analyses; refuses two different decisions. */
public final class TwoViewsBuilder {
  /** How many differing ratings to name; the largest gaps first. */
  static final int MAX_RATINGS = 8;

  private final Messages messages;

  public TwoViewsBuilder(Messages messages) {
    this.messages = messages;
  }

  public TwoViews build(
      String firstName, Decision first, AnalysisResult firstResult,
      String secondName, Decision second, AnalysisResult secondResult) {
    requireSameDecision(firstName, first, secondName, second);
    List<TwoViews.WeightRow> weights = new ArrayList<>();
    for (Criterion c : first.criteria()) {
      weights.add(new TwoViews.WeightRow(c.id(), c.label(),
          firstResult.weights().getOrDefault(c.id(), 0.0),
          secondResult.weights().getOrDefault(c.id(), 0.0)));
    }
    weights.sort(Comparator.comparingDouble(TwoViews.WeightRow::gap).reversed());

    List<TwoViews.RatingRow> ratings = new ArrayList<>();
    for (Option o : first.options()) {
      for (Criterion c : first.criteria()) {
        Rating a = first.rating(o.id(), c.id());
        Rating b = second.rating(o.id(), c.id());
        if (a.equals(b)) {
          continue;
        }
        double span = span(c, first, second);
        double share = span > 0 ? Math.abs(a.central() - b.central()) / span : 0;
        ratings.add(new TwoViews.RatingRow(o.id(), c.id(),
            messages.get("compare.two.cell", o.label(), c.label()), text(a), text(b), share));
      }
    }
    ratings.sort(Comparator.comparingDouble(TwoViews.RatingRow::share).reversed());

    MethodRanking a = firstResult.method("wsm").orElseThrow();
    MethodRanking b = secondResult.method("wsm").orElseThrow();
    List<TwoViews.RankRow> ranking = new ArrayList<>();
    for (RankedOption row : a.ranking()) {
      RankedOption other = b.option(row.optionId()).orElseThrow();
      ranking.add(new TwoViews.RankRow(row.optionId(), label(first, row.optionId()),
          row.score(), row.rank(), other.score(), other.rank()));
    }

    List<String> takeaways = new ArrayList<>();
    if (a.winner().equals(b.winner())) {
      takeaways.add(messages.get("compare.two.agree", label(first, a.winner())));
    } else {
      takeaways.add(messages.get("compare.two.differ", firstName, label(first, a.winner()),
          secondName, label(first, b.winner())));
    }
    if (!weights.isEmpty() && weights.get(0).gap() >= 0.005) {
      TwoViews.WeightRow top = weights.get(0);
      takeaways.add(messages.get("compare.two.biggestWeight", top.label(),
          Numbers.percent(top.first()), Numbers.percent(top.second())));
    }
    if (!ratings.isEmpty()) {
      TwoViews.RatingRow top = ratings.get(0);
      takeaways.add(messages.get("compare.two.biggestRating", top.label(), top.first(), top.second()));
    }
    return new TwoViews(first.title(), firstName, secondName, weights,
        ratings.subList(0, Math.min(MAX_RATINGS, ratings.size())), ranking, takeaways);
  }

  private static void requireSameDecision(String firstName, Decision first, String secondName, Decision second) {
    Set<String> a = new TreeSet<>();
    Set<String> b = new TreeSet<>();
    first.options().forEach(o -> a.add("option " + o.id()));
    first.criteria().forEach(c -> a.add("criterion " + c.id()));
    second.options().forEach(o -> b.add("option " + o.id()));
    second.criteria().forEach(c -> b.add("criterion " + c.id()));
    if (!a.equals(b)) {
      Set<String> onlyA = new TreeSet<>(a);
      onlyA.removeAll(b);
      Set<String> onlyB = new TreeSet<>(b);
      onlyB.removeAll(a);
      throw new Failure(ExitCode.DATA, Message.of("compare.two.different", firstName, secondName,
          onlyA.isEmpty() ? "-" : String.join(", ", onlyA),
          onlyB.isEmpty() ? "-" : String.join(", ", onlyB)));
    }
  }

  private static double span(Criterion c, Decision first, Decision second) {
    if (c.scale() instanceof RatingScale r) {
      return r.max() - r.min();
    }
    QuantityScale q = (QuantityScale) c.scale();
    if (q.hasFixedEnds()) {
      return Math.abs(q.best().getAsDouble() - q.worst().getAsDouble());
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Decision d : List.of(first, second)) {
      for (Option o : d.options()) {
        Rating r = d.rating(o.id(), c.id());
        lo = Math.min(lo, r.low());
        hi = Math.max(hi, r.high());
      }
    }
    return hi - lo;
  }

  private String text(Rating rating) {
    if (rating instanceof Rating.Range r) {
      return messages.get("compare.range", Numbers.value(r.low()), Numbers.value(r.high()));
    }
    return Numbers.value(rating.central());
  }

  private static String label(Decision decision, String optionId) {
    return decision.options().get(decision.optionIndex(optionId)).label();
  }
}
