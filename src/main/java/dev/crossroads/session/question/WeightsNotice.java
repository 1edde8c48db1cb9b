package dev.crossroads.session.question;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.InvalidDecisionException;
import dev.crossroads.weighting.Weighting;
import dev.crossroads.weighting.Weights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The weights the weighting answers make, said as soon as the weighting step is done and before
 * the ratings start, heaviest first: "Your weights: Growth 25%, Salary 20%, ...". Whatever the
 * method, the person then sees what their points, ranking or comparisons came to.
 */
public final class WeightsNotice {
  private WeightsNotice() {}

  /** The notice, or nothing while the answers do not weigh yet (a pair left out, say). */
  public static Optional<String> of(Context ctx) {
    List<CriterionInfo> infos = ctx.criteria();
    List<Criterion> criteria = infos.stream().map(CriterionInfo::criterion).toList();
    Weights weights;
    try {
      weights = Weighting.compute(criteria, DecisionAssembler.weights(ctx, infos));
    } catch (InvalidDecisionException | UnsupportedOperationException e) {
      return Optional.empty();
    }
    List<Map.Entry<String, Double>> order = new ArrayList<>(weights.byCriterion().entrySet());
    order.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Double> e : order) {
      String label =
          criteria.stream().filter(c -> c.id().equals(e.getKey())).map(Criterion::label)
              .findFirst().orElse(e.getKey());
      parts.add(ctx.t("sheet.weightsNow.item", label, String.valueOf(Math.round(e.getValue() * 100))));
    }
    return Optional.of(ctx.t("sheet.weightsNow", String.join(", ", parts)));
  }
}
