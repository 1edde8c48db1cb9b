package dev.crossroads.session.edit;

import static dev.crossroads.session.edit.SavedAnswers.NEAR;

import dev.crossroads.session.question.Judgements;
import dev.crossroads.session.question.PointsKept;
import dev.crossroads.session.question.PointsQuestion;
import dev.crossroads.session.question.Ratio;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.Message;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.weighting.Weighting;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A profile's weights as the weighting questions' answers: a rank order stays ranks, pairwise
 * judgements stay judgements (clamped to the 1/9..9 scale, said so), points and direct weights
 * become whole points (rounding said so).
 */
public final class SavedWeights {
  private SavedWeights() {}

  /**
   * The weighting answers; returns the points net worth gets when the money questions are asked
   * again ({@code asked}), else 0.
   */
  static int weights(Decision d, List<Criterion> criteria, Optional<String> asked,
      Map<String, Answer> a, List<Message> notices) {
    WeightInput w = d.weights();
    if (w instanceof WeightInput.Shared s) {
      if (asked.equals(Optional.of(s.criterion()))) {
        // Net worth's share is asked again as its points; the ranking or the pairs come back
        // as they were given, over the other criteria.
        double share = s.percent() * PointsQuestion.TOTAL / 100;
        int moneyPoints = (int) Math.round(share);
        if (Math.abs(share - moneyPoints) > NEAR) {
          notices.add(Message.of("session.edit.weightsRounded"));
        }
        if (s.rest() instanceof WeightInput.RankOrder || s.rest() instanceof WeightInput.Pairwise) {
          method(s.rest(), criteria, a, notices);
        } else {
          points(s.rest(), criteria, Optional.empty(), a, notices);
        }
        return moneyPoints;
      }
      // The money questions are not asked again, so the shared criterion is weighed like any
      // other: the weights the share makes, as points.
      w = new WeightInput.Direct(Weighting.compute(d.criteria(), w).byCriterion());
    }
    if (w instanceof WeightInput.RankOrder || w instanceof WeightInput.Pairwise) {
      method(w, criteria, a, notices);
      return 0;
    }
    return points(w, criteria, asked, a, notices);
  }

  /** A ranking or pairwise judgements over {@code criteria}, as they were given. */
  private static void method(WeightInput w, List<Criterion> criteria, Map<String, Answer> a,
      List<Message> notices) {
    if (w instanceof WeightInput.RankOrder rank) {
      a.put(Ids.METHOD, Answer.text("rank"));
      a.put(Ids.RANK, Answer.items(rank.order()));
      return;
    }
    if (w instanceof WeightInput.Pairwise pairs) {
      a.put(Ids.METHOD, Answer.text("pairs"));
      boolean clamped = false;
      for (int[] p : Judgements.order(criteria.size())) {
        String x = criteria.get(p[0]).id();
        String y = criteria.get(p[1]).id();
        Optional<Double> ratio = ratio(pairs, x, y);
        if (ratio.isPresent()) {
          double r = Math.min(9, Math.max(1.0 / 9, ratio.get()));
          // 0.111 is how a file writes 1/9: only a judgement clearly beyond the scale is news.
          clamped |= Math.abs(Math.log(r / ratio.get())) > 0.01;
          a.put(Ids.pair(x, y), Answer.text(Ratio.format(r)));
        }
      }
      if (clamped) {
        notices.add(Message.of("session.edit.pairsClamped"));
      }
      Weighting.compute(criteria, w).consistency()
          .filter(c -> !c.acceptable())
          .ifPresent(c -> a.put(Ids.CONSISTENCY, Answer.text("keep")));
    }
  }

  /** Points or direct weights as whole points; returns net worth's points when it is asked. */
  private static int points(WeightInput w, List<Criterion> criteria, Optional<String> asked,
      Map<String, Answer> a, List<Message> notices) {
    Map<String, Double> raw = w instanceof WeightInput.Points p ? p.points()
        : ((WeightInput.Direct) w).weights();
    double total = raw.values().stream().mapToDouble(Double::doubleValue).sum();
    int moneyPoints = 0;
    boolean rounded = w instanceof WeightInput.Direct;
    if (asked.isPresent()) {
      double share = raw.getOrDefault(asked.get(), 0.0) / total * PointsQuestion.TOTAL;
      moneyPoints = (int) Math.round(share);
      rounded |= Math.abs(share - moneyPoints) > NEAR;
    }
    List<String> ids = criteria.stream().map(Criterion::id).toList();
    double rest = ids.stream().mapToDouble(id -> raw.getOrDefault(id, 0.0)).sum();
    double[] shares = new double[ids.size()];
    for (int i = 0; i < shares.length; i++) {
      shares[i] = rest > 0 ? raw.getOrDefault(ids.get(i), 0.0) / rest * PointsQuestion.TOTAL
          : (double) PointsQuestion.TOTAL / shares.length;
    }
    int[] points = PointsKept.wholePoints(shares, PointsQuestion.TOTAL);
    a.put(Ids.METHOD, Answer.text("points"));
    for (int i = 0; i < points.length; i++) {
      rounded |= Math.abs(shares[i] - points[i]) > NEAR;
      a.put(Ids.POINTS + ids.get(i), Answer.text(Integer.toString(points[i])));
    }
    if (rounded) {
      notices.add(Message.of("session.edit.weightsRounded"));
    }
    return moneyPoints;
  }

  /** How much more {@code x} matters than {@code y}, whichever way round it was judged. */
  private static Optional<Double> ratio(WeightInput.Pairwise pairs, String x, String y) {
    for (WeightInput.Judgement j : pairs.judgements()) {
      if (j.a().equals(x) && j.b().equals(y)) {
        return Optional.of(j.ratio());
      }
      if (j.a().equals(y) && j.b().equals(x)) {
        return Optional.of(1 / j.ratio());
      }
    }
    return Optional.empty();
  }
}
