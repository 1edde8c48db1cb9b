package dev.crossroads.questions;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Direction;
import java.util.Objects;

/**
 * One entry of a template's criteria catalogue: what it is, which way is better, how it is
 * measured, the question asked for each option ({@code {option}} stands for the option's label),
 * what the low and high ends of the scale mean, and an example answer. {@code money} marks a
 * criterion that counts money (a salary, savings, equity), which a money view would count again.
 */
public record CriterionTemplate(
    String id,
    LocalizedText label,
    LocalizedText description,
    Direction direction,
    ScaleTemplate scale,
    LocalizedText question,
    LocalizedText low,
    LocalizedText high,
    LocalizedText example,
    boolean money) {

  public CriterionTemplate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(example, "example");
  }

  /** A criterion that does not count money. */
  public CriterionTemplate(
      String id,
      LocalizedText label,
      LocalizedText description,
      Direction direction,
      ScaleTemplate scale,
      LocalizedText question,
      LocalizedText low,
      LocalizedText high,
      LocalizedText example) {
    this(id, label, description, direction, scale, question, low, high, example, false);
  }

  /** The question for one option, in {@code language}. */
  public String questionFor(String optionLabel, String language) {
    return question.in(language).replace("{option}", optionLabel);
  }

  public Criterion toCriterion(String language) {
    return new Criterion(id, label.in(language), direction, scale.toScale(language));
  }
}
