package dev.crossroads.report;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.MethodRanking;
import dev.crossroads.analysis.RankedOption;
import dev.crossroads.analysis.Verdict;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ProfileComparison} from two decisions with the same option and criterion ids
 * and their analyses (the caller checks the ids). Labels come from the left profile.
 */
public final class ProfileComparisonBuilder {
  private final Messages messages;

  public ProfileComparisonBuilder(Messages messages) {
    this.messages = messages;
  }

  /** One profile: the name the person gave it, its decision and that decision's analysis. */
  public record Side(String name, Decision decision, AnalysisResult result) {}

  public ProfileComparison build(Side left, Side right) {
    Decision l = left.decision();
    Decision r = right.decision();
    List<ProfileComparison.WeightRow> weights = new ArrayList<>();
    for (Criterion c : l.criteria()) {
      weights.add(
          new ProfileComparison.WeightRow(
              c.id(),
              c.label(),
              left.result().weights().getOrDefault(c.id(), 0.0),
              right.result().weights().getOrDefault(c.id(), 0.0)));
    }
    weights.sort(
        Comparator.comparingDouble((ProfileComparison.WeightRow w) -> -Math.abs(w.difference())));

    List<ProfileComparison.RatingRow> ratings = new ArrayList<>();
    for (Criterion c : l.criteria()) {
      double span = span(c, l, r);
      for (Option o : l.options()) {
        Rating a = rating(l, o.id(), c.id());
        Rating b = rating(r, o.id(), c.id());
        if (a == null || b == null || same(a, b)) {
          continue;
        }
        double share = span > 0 ? Math.min(1, Math.abs(a.central() - b.central()) / span) : 0;
        ratings.add(
            new ProfileComparison.RatingRow(
                o.id(),
                c.id(),
                o.label(),
                c.label(),
                ValueText.rating(messages, c, a),
                ValueText.rating(messages, c, b),
                share));
      }
    }
    ratings.sort(Comparator.comparingDouble((ProfileComparison.RatingRow x) -> -x.share()));

    MethodRanking lw = left.result().method("wsm").orElseThrow();
    MethodRanking rw = right.result().method("wsm").orElseThrow();
    ProfileComparison.Side leftWinner = side(l, left.result());
    ProfileComparison.Side rightWinner = side(l, right.result());
    List<ProfileComparison.RankRow> ranking = new ArrayList<>();
    for (RankedOption a : lw.ranking()) {
      RankedOption b = rw.option(a.optionId()).orElseThrow();
      ranking.add(
          new ProfileComparison.RankRow(
              a.optionId(),
              label(l, a.optionId()),
              a.score(),
              a.rank(),
              mark(lw, a),
              b.score(),
              b.rank(),
              mark(rw, b)));
    }
    return new ProfileComparison(
        l.title(),
        left.name(),
        right.name(),
        weights,
        ratings,
        ranking,
        leftWinner,
        rightWinner,
        takeaways(left.name(), right.name(), weights, ratings, leftWinner, rightWinner));
  }

  /**
   * How wide the criterion's scale is: the rating scale's ends, a quantity's fixed worst..best,
   * else the spread of both profiles' values on it.
   */
  private static double span(Criterion c, Decision l, Decision r) {
    if (c.scale() instanceof RatingScale s) {
      return s.max() - s.min();
    }
    if (c.scale() instanceof QuantityScale q && q.hasFixedEnds()) {
      return Math.abs(q.best().getAsDouble() - q.worst().getAsDouble());
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Decision d : List.of(l, r)) {
      for (Map<String, Rating> row : d.ratings().values()) {
        Rating x = row.get(c.id());
        if (x != null) {
          min = Math.min(min, x.low());
          max = Math.max(max, x.high());
        }
      }
    }
    return max > min ? max - min : 0;
  }

  private static Rating rating(Decision d, String optionId, String criterionId) {
    Map<String, Rating> row = d.ratings().get(optionId);
    return row == null ? null : row.get(criterionId);
  }

  private static boolean same(Rating a, Rating b) {
    return a.low() == b.low() && a.high() == b.high() && a.central() == b.central();
  }

  private static String label(Decision d, String optionId) {
    int i = d.optionIndex(optionId);
    return i < 0 ? optionId : d.options().get(i).label();
  }

  private static Comparison.Mark mark(MethodRanking wsm, RankedOption option) {
    RankedOption first = wsm.ranking().get(0);
    if (first.optionId().equals(option.optionId())) {
      return Comparison.Mark.WINNER;
    }
    return option.passesGates() == first.passesGates()
            && dev.crossroads.analysis.Ranking.tied(first.score(), option.score())
        ? Comparison.Mark.TIED
        : Comparison.Mark.NONE;
  }

  private ProfileComparison.Side side(Decision labels, AnalysisResult result) {
    Verdict verdict = result.verdict();
    String first = verdict.leader().orElse("");
    boolean tie = verdict.kind() == Verdict.Kind.TIE;
    String second =
        tie
            ? label(labels, verdict.tied().stream().filter(id -> !id.equals(first)).findFirst().orElse(""))
            : verdict.runnerUp().map(id -> label(labels, id)).orElse("");
    return new ProfileComparison.Side(
        first,
        first.isEmpty() ? messages.get("compare.s.noWinner") : label(labels, first),
        tie,
        second,
        verdict.kind().id(),
        new VerdictText(messages, labels).of(result));
  }

  private List<String> takeaways(
      String left,
      String right,
      List<ProfileComparison.WeightRow> weights,
      List<ProfileComparison.RatingRow> ratings,
      ProfileComparison.Side lw,
      ProfileComparison.Side rw) {
    List<String> out = new ArrayList<>();
    if (lw.tie() || rw.tie() || lw.winnerId().isEmpty() || rw.winnerId().isEmpty()) {
      // A tie has no single first place to agree or disagree on; the verdicts below say it.
    } else if (lw.winnerId().equals(rw.winnerId())) {
      out.add(messages.get("compare.p.takeaway.agree", lw.winnerLabel()));
    } else {
      out.add(
          messages.get(
              "compare.p.takeaway.disagree", left, lw.winnerLabel(), right, rw.winnerLabel()));
    }
    out.add(messages.get("compare.p.takeaway.verdict", left, lw.verdict().paragraph()));
    out.add(messages.get("compare.p.takeaway.verdict", right, rw.verdict().paragraph()));
    if (!weights.isEmpty() && !Numbers.percent(weights.get(0).left()).equals(Numbers.percent(weights.get(0).right()))) {
      ProfileComparison.WeightRow w = weights.get(0);
      out.add(
          messages.get(
              "compare.p.takeaway.weight",
              w.label(),
              Numbers.percent(w.left()),
              left,
              Numbers.percent(w.right()),
              right));
    } else {
      out.add(messages.get("compare.p.takeaway.sameWeights"));
    }
    if (ratings.isEmpty()) {
      out.add(messages.get("compare.p.takeaway.sameRatings"));
    } else {
      ProfileComparison.RatingRow x = ratings.get(0);
      out.add(
          messages.get(
              "compare.p.takeaway.rating",
              x.optionLabel(),
              x.criterionLabel(),
              x.leftText(),
              left,
              x.rightText(),
              right,
              Numbers.percent(x.share())));
    }
    return out;
  }
}
