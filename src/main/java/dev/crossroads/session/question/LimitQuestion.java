package dev.crossroads.session.question;

import dev.crossroads.Numbers;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The limit of a dealbreaker: the lowest acceptable value of a benefit, the highest of a cost. */
public final class LimitQuestion extends CriterionQuestion {

  LimitQuestion(CriterionInfo criterion) {
    super(Ids.DEALBREAKER, Section.CRITERIA, "session.limit", criterion);
  }

  private String kind() {
    return criterion.criterion().isBenefit() ? "atLeast" : "atMost";
  }

  @Override
  public Prompt prompt(Context ctx) {
    return prompt(ctx, List.of(text(ctx, kind(), criterion.label(),
        Scales.describe(criterion.criterion(), ctx.messages()))), ctx.state().text(id()), List.of());
  }

  @Override
  public List<String> help(Context ctx) {
    return List.of(text(ctx, "help." + kind()),
        ctx.t("session.rating.ends", criterion.low(), criterion.high()));
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    OptionalDouble v = Numbers.number(line);
    if (v.isEmpty()) {
      return Outcome.invalid("session.number.format");
    }
    Optional<double[]> b = Scales.bounds(criterion.criterion());
    if (!Scales.fits(criterion, v.getAsDouble())
        || b.isPresent() && (v.getAsDouble() < b.get()[0] || v.getAsDouble() > b.get()[1])) {
      return b.isPresent()
          ? Outcome.invalid("session.number.range", Numbers.exact(b.get()[0]),
              Numbers.exact(b.get()[1]))
          : Outcome.invalid("session.number.negative");
    }
    return new Outcome.Done(Answer.text(Numbers.exact(v.getAsDouble())));
  }
}
