package dev.crossroads.decision;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Checks a decision against {@link Limits}. The file readers check the same limits with the
 * file's own line and column; this is the check for decisions built any other way (a session, a
 * scenario from the command line): {@link #forAnalysis} before any computation, so none ever sees
 * a decision too large to finish quickly or a number too large to add, and {@link #check} before
 * a decision is saved, so every saved profile can be read again.
 */
public final class LimitCheck {
  private LimitCheck() {}

  /**
   * Every limit: counts, lengths and numbers.
   *
   * @throws InvalidDecisionException a {@code decision.*} key naming the first limit passed
   */
  public static void check(Decision decision) {
    forAnalysis(decision);
    lengths(decision);
  }

  /**
   * The limits that bound an analysis: how many options, criteria, scenarios, dealbreakers and
   * judgements, and how large every number is. Lengths of text cost an analysis nothing; a text
   * too long for a profile file is refused where the decision is saved.
   *
   * @throws InvalidDecisionException a {@code decision.*} key naming the first limit passed
   */
  public static void forAnalysis(Decision decision) {
    count(decision.options().size(), Limits.MAX_OPTIONS, "decision.tooManyOptions");
    count(decision.criteria().size(), Limits.MAX_CRITERIA, "decision.tooManyCriteria");
    count(decision.scenarios().size(), Limits.MAX_SCENARIOS, "decision.tooManyScenarios");
    count(decision.gates().size(), Limits.MAX_GATES, "decision.tooManyGates");
    count(decision.reflections().size(), Limits.MAX_REFLECTIONS, "decision.tooManyReflections");
    for (Criterion c : decision.criteria()) {
      scale(c);
    }
    for (Gate g : decision.gates()) {
      number(g.atLeast(), "gates." + g.criterionId() + ".atLeast");
      number(g.atMost(), "gates." + g.criterionId() + ".atMost");
    }
    weights(decision.weights(), "weights");
    ratings(decision.ratings(), "ratings");
    for (Scenario s : decision.scenarios()) {
      String at = "scenarios." + s.name();
      s.weights().ifPresent(w -> weights(w, at + ".weights"));
      ratings(s.ratings(), at + ".ratings");
    }
  }

  private static void lengths(Decision decision) {
    label(decision.title());
    for (Option o : decision.options()) {
      id(o.id());
      label(o.label());
    }
    for (Criterion c : decision.criteria()) {
      id(c.id());
      label(c.label());
      text(c.description());
      if (c.scale() instanceof QuantityScale q) {
        label(q.unit());
      }
    }
    decision.reflections().forEach((prompt, text) -> {
      id(prompt);
      text(text);
    });
    for (Scenario s : decision.scenarios()) {
      label(s.name());
      text(s.description());
    }
  }

  private static void scale(Criterion c) {
    String at = "criteria." + c.id() + ".scale";
    if (c.scale() instanceof RatingScale r) {
      number(r.min(), at + ".min");
      number(r.max(), at + ".max");
    } else {
      QuantityScale q = (QuantityScale) c.scale();
      number(q.worst(), at + ".worst");
      number(q.best(), at + ".best");
    }
  }

  private static void weights(WeightInput input, String at) {
    if (input instanceof WeightInput.Shared s) {
      number(s.percent(), at + ".share.percent");
      weights(s.rest(), at);
    } else if (input instanceof WeightInput.Points p) {
      p.points().forEach((id, v) -> number(v, at + ".points." + id));
    } else if (input instanceof WeightInput.Direct d) {
      d.weights().forEach((id, v) -> number(v, at + ".weights." + id));
    } else if (input instanceof WeightInput.Pairwise p) {
      count(p.judgements().size(), Limits.MAX_JUDGEMENTS, "decision.tooManyJudgements");
      for (WeightInput.Judgement j : p.judgements()) {
        number(j.ratio(), at + ".judgements." + j.a() + "." + j.b());
      }
    }
  }

  private static void ratings(Map<String, Map<String, Rating>> table, String at) {
    table.forEach(
        (option, row) ->
            row.forEach(
                (criterion, rating) -> {
                  String cell = at + "." + option + "." + criterion;
                  number(rating.low(), cell);
                  number(rating.high(), cell);
                  number(rating.central(), cell);
                }));
  }

  private static void count(int count, int max, String key) {
    if (count > max) {
      throw new InvalidDecisionException(key, count, max);
    }
  }

  private static void id(String id) {
    int length = Limits.length(id);
    if (length > Limits.MAX_ID) {
      throw new InvalidDecisionException("decision.idTooLong", id, length, Limits.MAX_ID);
    }
  }

  private static void label(String label) {
    int length = Limits.length(label);
    if (length > Limits.MAX_LABEL) {
      throw new InvalidDecisionException("decision.labelTooLong", label, length, Limits.MAX_LABEL);
    }
  }

  private static void text(String text) {
    int length = Limits.length(text);
    if (length > Limits.MAX_TEXT) {
      throw new InvalidDecisionException("decision.textTooLong", text, length, Limits.MAX_TEXT);
    }
  }

  private static void number(OptionalDouble value, String at) {
    if (value.isPresent()) {
      number(value.getAsDouble(), at);
    }
  }

  private static void number(double value, String at) {
    if (!Limits.inRange(value)) {
      throw new InvalidDecisionException("decision.numberTooLarge", at, Double.toString(value));
    }
  }
}
