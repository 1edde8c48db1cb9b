package dev.crossroads.report;

import dev.crossroads.Present;
import dev.crossroads.TerminalText;
import dev.crossroads.money.MoneyModel;
import dev.crossroads.money.MoneyResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the money view shows: the result, the figures it came from, the option labels (by id),
 * the criterion it rates (if any), and the dated facts to show beside it. The title and labels
 * are cleaned of terminal controls ({@link TerminalText}); the money models' own labels reach the
 * page through messages, which clean their arguments.
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
      label = TerminalText.clean(Objects.requireNonNull(label, "label"));
    }
  }

  public MoneyPage {
    title = TerminalText.clean(Objects.requireNonNull(title, "title"));
    labels = cleanValues(labels);
    models = Map.copyOf(models);
    Present.all("result", result, "criterion", criterion);
    facts = List.copyOf(facts);
  }

  /** The option's label, or its id (cleaned, as it is shown) when the profile gave none. */
  public String label(String option) {
    return labels.getOrDefault(option, TerminalText.clean(option));
  }

  private static Map<String, String> cleanValues(Map<String, String> labels) {
    Map<String, String> clean = new java.util.LinkedHashMap<>();
    labels.forEach((id, label) -> clean.put(id, TerminalText.clean(label)));
    return Map.copyOf(clean);
  }
}
