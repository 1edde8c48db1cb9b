package dev.crossroads.session.question;

import dev.crossroads.Present;
import dev.crossroads.Josa;
import dev.crossroads.decision.Criterion;
import java.util.function.UnaryOperator;

/**
 * A criterion with the words that help rate it: what it means, the question asked per option
 * ({@code {option}} stands for the option's label), what the scale's ends mean, an example; and
 * whether a figure on it may fall below zero (a saved profile's own net cost, say), which the
 * template's quantities (salaries, years) never do.
 */
public record CriterionInfo(
    Criterion criterion, String description, String question, String low, String high,
    String example, boolean signed) {

  public CriterionInfo(Criterion criterion, String description, String question, String low,
      String high, String example) {
    this(criterion, description, question, low, high, example, false);
  }

  public CriterionInfo {
    Present.all("criterion", criterion, "description", description, "question", question,
        "low", low, "high", high, "example", example);
  }

  /** The same criterion with its own words (not its label) passed through {@code ours}. */
  public CriterionInfo retold(UnaryOperator<String> ours) {
    return new CriterionInfo(criterion, ours.apply(description), ours.apply(question),
        ours.apply(low), ours.apply(high), ours.apply(example), signed);
  }

  public String id() {
    return criterion.id();
  }

  public String label() {
    return criterion.label();
  }

  public String questionFor(String optionLabel) {
    // The particles after {option} wait for the label: 대학원은, 회사는.
    return Josa.apply(question.replace("{option}", optionLabel));
  }
}
