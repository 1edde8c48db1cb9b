package dev.crossroads.session.question;

import dev.crossroads.session.state.Ids;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.InvalidDecisionException;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.weighting.Consistency;
import dev.crossroads.weighting.JudgementFix;
import dev.crossroads.weighting.Weighting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pairwise judgements answered so far, in the order they are asked: column by column, so
 * that after each column the first k criteria form a complete set whose consistency can be shown.
 */
public final class Judgements {
  private Judgements() {}

  /** Index pairs (i, j), i &lt; j, ordered by j then i. */
  public static List<int[]> order(int n) {
    List<int[]> out = new ArrayList<>();
    for (int j = 1; j < n; j++) {
      for (int i = 0; i < j; i++) {
        out.add(new int[] {i, j});
      }
    }
    return out;
  }

  /** The judgements among the first {@code k} criteria, when all of them are answered. */
  static Optional<WeightInput.Pairwise> among(Context ctx, List<CriterionInfo> criteria, int k) {
    List<WeightInput.Judgement> out = new ArrayList<>();
    for (int[] p : order(k)) {
      String a = criteria.get(p[0]).id();
      String b = criteria.get(p[1]).id();
      Optional<Double> r = ctx.state().text(Ids.pair(a, b)).flatMap(Ratio::of);
      if (r.isEmpty()) {
        return Optional.empty();
      }
      out.add(new WeightInput.Judgement(a, b, r.get()));
    }
    return Optional.of(new WeightInput.Pairwise(out));
  }

  /** AHP consistency of the first {@code k} criteria, when all their judgements are in. */
  static Optional<Consistency> consistency(Context ctx, int k) {
    List<CriterionInfo> criteria = ctx.criteria();
    if (k < 3 || k > criteria.size()) {
      return Optional.empty();
    }
    Optional<WeightInput.Pairwise> input = among(ctx, criteria, k);
    if (input.isEmpty()) {
      return Optional.empty();
    }
    List<Criterion> sub = criteria.subList(0, k).stream().map(CriterionInfo::criterion).toList();
    try {
      return Weighting.compute(sub, input.get()).consistency();
    } catch (InvalidDecisionException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  /** "Consistency ratio 0.04: consistent." or the worst judgement and a value that would fit. */
  static List<String> describe(Context ctx, Consistency c) {
    List<String> lines = new ArrayList<>();
    String ratio = String.format(java.util.Locale.ROOT, "%.2f", c.consistencyRatio());
    if (c.acceptable()) {
      lines.add(ctx.t("session.pairs.consistent", ratio));
      return lines;
    }
    lines.add(ctx.t("session.pairs.inconsistent", ratio));
    if (c.worstJudgement().isPresent()) {
      JudgementFix f = c.worstJudgement().get();
      lines.add(ctx.t("session.pairs.worst", label(ctx, f.a()), label(ctx, f.b()),
          Ratio.format(f.given()), Ratio.format(f.suggested())));
    }
    return lines;
  }

  static String label(Context ctx, String criterionId) {
    return ctx.criteria().stream().filter(c -> c.id().equals(criterionId))
        .map(CriterionInfo::label).findFirst().orElse(criterionId);
  }
}
