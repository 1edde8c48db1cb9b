package dev.crossroads.questions;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Meta;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.WeightInput;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a template contributes to a new decision before any option is rated. */
public record DecisionSeed(
    String templateId,
    String language,
    List<Option> options,
    List<Criterion> criteria,
    WeightInput.Points weights) {

  public DecisionSeed {
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(language, "language");
    options = List.copyOf(options);
    criteria = List.copyOf(criteria);
    Objects.requireNonNull(weights, "weights");
  }

  /** A decision with no ratings yet, remembering the template it came from. */
  public Decision toDecision(String title) {
    return new Decision(
        title,
        language,
        options,
        criteria,
        List.of(),
        weights,
        Map.of(),
        Map.of(),
        List.of(),
        Meta.NONE.withTemplateId(templateId));
  }
}
