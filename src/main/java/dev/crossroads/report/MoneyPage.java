package dev.crossroads.report;

import dev.crossroads.money.MoneyModel;
import dev.crossroads.money.MoneyResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the money view shows: the result, the figures it came from, the option labels (by id),
 * the label of the criterion it feeds (if any, and whether that takes the present value), and the
 * dated facts to show beside it.
 */
public record MoneyPage(
    String title,
    Map<String, String> labels,
    Map<String, MoneyModel> models,
    MoneyResult result,
    Optional<String> criterionLabel,
    boolean criterionDiscounted,
    List<DatedNote> facts) {

  public MoneyPage {
    Objects.requireNonNull(title, "title");
    labels = Map.copyOf(labels);
    models = Map.copyOf(models);
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(criterionLabel, "criterionLabel");
    facts = List.copyOf(facts);
  }

  /** The option's label, or its id when the profile gave none. */
  public String label(String option) {
    return labels.getOrDefault(option, option);
  }
}
