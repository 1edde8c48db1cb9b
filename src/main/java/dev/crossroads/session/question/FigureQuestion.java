package dev.crossroads.session.question;

import dev.crossroads.Numbers;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One figure of the money view: a number, or a range "low-high" (conservative..optimistic). Its
 * default, when the person has not answered yet, is an example and is marked as one, never
 * offered as a fact.
 */
public final class FigureQuestion extends KeyedQuestion {
  /** The parts that differ from one figure to another; texts come from {@code key.*}. */
  record Spec(
      String id,
      String key,
      Optional<String> subject,
      List<String> intro,
      String example,
      boolean range,
      boolean whole,
      double min,
      double max) {}

  private final Spec spec;

  FigureQuestion(Spec spec) {
    super(spec.id(), Section.RATINGS, spec.key());
    this.spec = spec;
  }

  @Override
  public String title(Context ctx) {
    return text(ctx, "title", spec.subject().orElse(""), MoneySection.currency(ctx));
  }

  @Override
  public Prompt prompt(Context ctx) {
    List<String> lead = new ArrayList<>(spec.intro());
    lead.add(text(ctx, "ask", spec.subject().orElse(""), MoneySection.currency(ctx)));
    Optional<String> own = ctx.state().text(id()).filter(s -> !s.isBlank());
    Prompt p = new Prompt(id(), lead, text(ctx, "label", MoneySection.currency(ctx)),
        own.or(() -> Optional.of(spec.example())), List.of(), "");
    return own.isPresent() ? p : p.withDefaultNote(ctx.t("session.money.example"));
  }

  @Override
  public List<String> help(Context ctx) {
    return List.of(text(ctx, "help", MoneySection.currency(ctx)),
        ctx.t("session.money.examplesHelp"));
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    String s = line.strip();
    int dash = s.indexOf('-', 1);
    if (spec.range() && dash > 0) {
      OptionalDouble lo = Numbers.number(s.substring(0, dash));
      OptionalDouble hi = Numbers.number(s.substring(dash + 1));
      if (lo.isEmpty() || hi.isEmpty()) {
        return Outcome.invalid("session.money.rangeFormat");
      }
      if (lo.getAsDouble() > hi.getAsDouble()) {
        return Outcome.invalid("session.money.rangeOrder");
      }
      Optional<Outcome> bad = outside(lo.getAsDouble()).or(() -> outside(hi.getAsDouble()));
      return bad.orElse(new Outcome.Done(Answer.text(
          Numbers.exact(lo.getAsDouble()) + "-" + Numbers.exact(hi.getAsDouble()))));
    }
    OptionalDouble v = Numbers.number(s);
    if (v.isEmpty() || (spec.whole() && v.getAsDouble() != Math.rint(v.getAsDouble()))) {
      return Outcome.invalid(spec.range() ? "session.money.rangeFormat"
          : spec.whole() ? "session.money.wholeFormat" : "session.money.numberFormat");
    }
    return outside(v.getAsDouble())
        .orElse(new Outcome.Done(Answer.text(Numbers.exact(v.getAsDouble()))));
  }

  private Optional<Outcome> outside(double v) {
    if (v < spec.min() || v > spec.max()) {
      return Optional.of(Outcome.invalid("session.money.outside",
          Numbers.exact(spec.min()), Numbers.exact(spec.max())));
    }
    return Optional.empty();
  }

  /** The conservative and optimistic ends of an answer: a single number is both. */
  static double[] ends(String answer) {
    int dash = answer.indexOf('-', 1);
    if (dash > 0) {
      return new double[] {Double.parseDouble(answer.substring(0, dash)),
          Double.parseDouble(answer.substring(dash + 1))};
    }
    double v = Double.parseDouble(answer);
    return new double[] {v, v};
  }
}
