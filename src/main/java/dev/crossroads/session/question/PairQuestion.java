package dev.crossroads.session.question;

import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One pairwise comparison on Saaty's 1–9 scale. After the last pair of each column the
 * consistency of the criteria so far is shown, so a contradiction is caught while it is fresh.
 */
public final class PairQuestion extends KeyedQuestion {
  private final CriterionInfo a;
  private final CriterionInfo b;
  private final int column;
  private final boolean closesColumn;

  PairQuestion(CriterionInfo a, CriterionInfo b, int column, boolean closesColumn) {
    super(Ids.pair(a.id(), b.id()), Section.WEIGHTS, "session.pairs");
    this.a = a;
    this.b = b;
    this.column = column;
    this.closesColumn = closesColumn;
  }

  @Override
  public String title(Context ctx) {
    return text(ctx, "title", a.label(), b.label());
  }

  @Override
  public Prompt prompt(Context ctx) {
    return prompt(ctx, List.of(text(ctx, "ask", a.label(), b.label())), ctx.state().text(id()),
        List.of("1", "2", "3", "5", "7", "9", "1/2", "1/3", "1/5", "1/7", "1/9"));
  }

  @Override
  public List<String> help(Context ctx) {
    return List.of(
        text(ctx, "help1", a.label(), b.label()),
        text(ctx, "help2"),
        text(ctx, "example", a.label(), b.label()));
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    OptionalDouble r = Ratio.parse(line);
    if (r.isEmpty()) {
      return Outcome.invalid("session.pairs.format");
    }
    return new Outcome.Done(Answer.text(Ratio.format(r.getAsDouble())));
  }

  @Override
  public List<String> after(Context ctx) {
    if (!closesColumn) {
      return List.of();
    }
    boolean last = column + 1 == ctx.criteria().size();
    return Judgements.consistency(ctx, column + 1)
        // The consistency question that follows shows an inconsistent whole itself.
        .filter(c -> !last || c.acceptable())
        .map(c -> Judgements.describe(ctx, c))
        .orElse(List.of());
  }
}
