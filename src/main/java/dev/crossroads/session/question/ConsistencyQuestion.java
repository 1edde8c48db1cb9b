package dev.crossroads.session.question;

import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;

import dev.crossroads.weighting.Consistency;
import dev.crossroads.weighting.JudgementFix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Asked only when the judgements are too inconsistent (ratio above 0.10): keep them as they are,
 * or go to the judgement that fits the others worst.
 */
public final class ConsistencyQuestion extends KeyedQuestion {
  private final Consistency consistency;

  ConsistencyQuestion(Consistency consistency) {
    super(Ids.CONSISTENCY, Section.WEIGHTS, "session.consistency");
    this.consistency = consistency;
  }

  @Override
  public Prompt prompt(Context ctx) {
    List<String> lead = new ArrayList<>(Judgements.describe(ctx, consistency));
    lead.add(text(ctx, "ask"));
    return prompt(ctx, lead, Optional.of("keep"), List.of("keep", "fix"));
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    String s = line.toLowerCase(Locale.ROOT);
    if (s.equals("keep") || s.equals("1") || Choices.same(text(ctx, "keep"), s)) {
      return new Outcome.Done(Answer.text("keep"));
    }
    if (s.equals("fix") || s.equals("2") || Choices.same(text(ctx, "fix"), s)) {
      Optional<JudgementFix> f = consistency.worstJudgement();
      if (f.isPresent()) {
        String forward = Ids.pair(f.get().a(), f.get().b());
        String backward = Ids.pair(f.get().b(), f.get().a());
        return new Outcome.Jump(ctx.state().answer(forward).isPresent() ? forward : backward);
      }
      return new Outcome.Done(Answer.text("keep"));
    }
    return Outcome.invalid("session.choice.unknown", "keep, fix");
  }
}
