package dev.crossroads.questions;

import dev.crossroads.Present;
import java.util.Map;
import java.util.Objects;

/**
 * What a template asks about money ({@code moneyView:} in its YAML): whether it offers the money
 * view at all and whether the view is on unless the person says no, whether it asks for a yearly
 * difference in living costs or for equity, and the example figures shown beside each option's
 * questions (the template's own options by id, and one set for any option the person adds).
 * The figures are examples only: a session marks them so, and never takes one as a fact.
 */
public record MoneyQuestions(
    boolean offered,
    boolean onByDefault,
    boolean livingCost,
    boolean equity,
    Map<String, Example> examples,
    Example otherOption) {

  /** A template that does not offer the money view. */
  public static final MoneyQuestions NONE =
      new MoneyQuestions(false, false, false, false, Map.of(), Example.NONE);

  public MoneyQuestions {
    examples = Map.copyOf(examples);
    Objects.requireNonNull(otherOption, "otherOption");
  }

  /** The example figures for option {@code optionId}. */
  public Example example(String optionId) {
    return examples.getOrDefault(optionId, otherOption);
  }

  /**
   * One option's example figures, as a person would type them: years of study, tuition and
   * stipend per year of study, starting salary (a range when unsure), yearly raise in %, the
   * yearly difference in living costs, and equity (a range).
   */
  public record Example(
      String studyYears, String tuition, String stipend, String salary, String raise,
      String living, String equity) {

    /** No study, no living-cost difference, no equity, and a middling salary. */
    public static final Example NONE = new Example("0", "0", "0", "40-50", "3", "0", "0");

    public Example {
      Present.all("studyYears", studyYears, "tuition", tuition, "stipend", stipend,
          "salary", salary, "raise", raise, "living", living, "equity", equity);
    }
  }
}
