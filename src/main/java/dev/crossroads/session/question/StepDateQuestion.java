package dev.crossroads.session.question;

import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;
import java.util.List;
import java.util.Optional;

/**
 * The date a next step is due by. A step without a date is a wish, so unlike the deadline this
 * date cannot be left open; a week per step from today is offered, and Enter takes it.
 */
final class StepDateQuestion implements Question {
  private static final int DAYS_PER_STEP = 7;
  private final int step;
  private final DateQuestion date;

  StepDateQuestion(int step) {
    this.step = step;
    this.date = new DateQuestion(Ids.stepBy(step), Section.PLAN,
        c -> c.t("plan.by.title", step),
        c -> List.of(c.t("plan.by.ask", step)),
        c -> Optional.of(c.today().plusDays((long) DAYS_PER_STEP * step)));
  }

  @Override
  public String id() {
    return date.id();
  }

  @Override
  public Section section() {
    return Section.PLAN;
  }

  @Override
  public String title(Context ctx) {
    return date.title(ctx);
  }

  @Override
  public Prompt prompt(Context ctx) {
    return date.prompt(ctx);
  }

  @Override
  public List<String> help(Context ctx) {
    return List.of(ctx.t("plan.by.help", step), ctx.t("plan.help"));
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    if (line.isEmpty() || line.equals(PlanLineQuestion.CLEAR)) {
      return Outcome.invalid("plan.by.required");
    }
    return date.typed(line, ctx);
  }
}
