package dev.crossroads.questions;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Direction;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a template's criteria catalogue: what it is, which way is better, how it is
 * measured, the question asked for each option ({@code {option}} stands for the option's label),
 * what the low and high ends of the scale mean, and an example answer. {@code money} marks a
 * criterion that counts money (a salary, savings, equity), which a money view would count again.
 * {@code findOut}, when given, is one concrete way to learn an option's rating before choosing
 * (read ten postings and count...), which the summary offers when that rating is worth knowing.
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
    boolean money,
    Optional<LocalizedText> findOut) {

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
    Objects.requireNonNull(findOut, "findOut");
  }

  /** The question for one option, in {@code language}. */
  public String questionFor(String optionLabel, String language) {
    return question.in(language).replace("{option}", optionLabel);
  }

  public Criterion toCriterion(String language) {
    return new Criterion(id, label.in(language), direction, scale.toScale(language));
  }
}
