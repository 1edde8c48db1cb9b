package dev.crossroads.report;

import dev.crossroads.money.MoneyModel;
import dev.crossroads.money.MoneyResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the money view shows: the result, the figures it came from, the option labels (by id),
 * the criterion it rates (if any), and the dated facts to show beside it.
 */
public record MoneyPage(
    String title,
    Map<String, String> labels,
    Map<String, MoneyModel> models,
    MoneyResult result,
    Optional<Feeds> criterion,
    List<DatedNote> facts) {

  /** The criterion the money view rates, and whether with the present value or the plain total. */
  public record Feeds(String id, String label, boolean discounted) {
    public Feeds {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
    }
  }

  public MoneyPage {
    Objects.requireNonNull(title, "title");
    labels = Map.copyOf(labels);
    models = Map.copyOf(models);
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(criterion, "criterion");
    facts = List.copyOf(facts);
  }

  /** The option's label, or its id when the profile gave none. */
  public String label(String option) {
    return labels.getOrDefault(option, option);
  }
}
