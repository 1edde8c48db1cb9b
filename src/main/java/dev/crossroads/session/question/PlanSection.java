package dev.crossroads.session.question;

import dev.crossroads.decision.Limits;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;
import java.util.List;
import java.util.Optional;

/**
 * The plan's questions, asked after the summary, as they stand given the answers: Plan A, then
 * (once Plan A is written) Plan B, Plan Z, up to three next steps each with its date, and the
 * signals that would make the person switch. Leaving Plan A empty skips the rest, and an empty
 * step ends the steps, so a person who wants no plan presses Enter once.
 */
final class PlanSection {
  /** The template reflection that already asks for a Plan B; its answer is Plan B's default. */
  static final String PLAN_B_REFLECTION = "plan-b";

  private PlanSection() {}

  static void add(Context ctx, List<Question> qs) {
    SessionState s = ctx.state();
    qs.add(new PlanLineQuestion(Ids.PLAN_A, "plan.a", List.of(), c -> Optional.empty()));
    // An edit of a plan written without a Plan A still shows the rest, so nothing is lost.
    if (!written(s, Ids.PLAN_A) && !anyLater(s, Ids.PLAN_B, Ids.PLAN_Z, Ids.SIGNALS)
        && !stepsFrom(s, 1)) {
      return;
    }
    qs.add(new PlanLineQuestion(Ids.PLAN_B, "plan.b", List.of(),
        c -> c.state().text(Ids.REFLECT + PLAN_B_REFLECTION)));
    qs.add(new PlanLineQuestion(Ids.PLAN_Z, "plan.z", List.of(), c -> Optional.empty()));
    for (int n = 1; n <= Limits.MAX_NEXT_STEPS; n++) {
      qs.add(new PlanLineQuestion(Ids.step(n), "plan.step", List.of(n, Limits.MAX_NEXT_STEPS),
          c -> Optional.empty()));
      if (written(s, Ids.step(n))) {
        qs.add(new StepDateQuestion(n));
      } else if (!stepsFrom(s, n + 1)) {
        break;
      }
    }
    qs.add(new PlanLineQuestion(Ids.SIGNALS, "plan.signals", List.of(), c -> Optional.empty()));
  }

  static boolean written(SessionState s, String id) {
    return s.text(id).filter(t -> !t.isBlank()).isPresent();
  }

  private static boolean anyLater(SessionState s, String... ids) {
    for (String id : ids) {
      if (written(s, id)) {
        return true;
      }
    }
    return false;
  }

  /** True when a step from {@code n} on holds words (a saved plan being edited). */
  private static boolean stepsFrom(SessionState s, int n) {
    for (int i = n; i <= Limits.MAX_NEXT_STEPS; i++) {
      if (written(s, Ids.step(i))) {
        return true;
      }
    }
    return false;
  }
}
