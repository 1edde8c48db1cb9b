package dev.crossroads.session.question;

import dev.crossroads.decision.Limits;
import dev.crossroads.decision.NextStep;
import dev.crossroads.decision.Plan;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A plan as the session's answers and back: what the plan questions make, and what an edit shows. */
public final class PlanAnswers {
  private PlanAnswers() {}

  /**
   * The plan the answers make. With Plan A left empty and nothing else written the plan is
   * empty; a step counts only with its date.
   */
  public static Plan plan(SessionState s) {
    List<NextStep> steps = new ArrayList<>();
    for (int n = 1; n <= Limits.MAX_NEXT_STEPS; n++) {
      Optional<String> what = s.text(Ids.step(n)).filter(t -> !t.isBlank());
      Optional<LocalDate> by = s.text(Ids.stepBy(n)).flatMap(PlanAnswers::date);
      if (what.isPresent() && by.isPresent()) {
        steps.add(new NextStep(what.get(), by.get()));
      }
    }
    return new Plan(text(s, Ids.PLAN_A), text(s, Ids.PLAN_B), text(s, Ids.PLAN_Z), steps,
        text(s, Ids.SIGNALS));
  }

  /** The answers that bring {@code plan} back as the plan questions' defaults. */
  public static Map<String, Answer> answers(Plan plan) {
    Map<String, Answer> a = new LinkedHashMap<>();
    a.put(Ids.PLAN_A, Answer.text(plan.a()));
    a.put(Ids.PLAN_B, Answer.text(plan.b()));
    a.put(Ids.PLAN_Z, Answer.text(plan.z()));
    for (int n = 1; n <= Limits.MAX_NEXT_STEPS; n++) {
      if (n <= plan.steps().size()) {
        NextStep step = plan.steps().get(n - 1);
        a.put(Ids.step(n), Answer.text(step.what()));
        a.put(Ids.stepBy(n), Answer.text(step.by().toString()));
      } else {
        a.put(Ids.step(n), Answer.text(""));
      }
    }
    a.put(Ids.SIGNALS, Answer.text(plan.signals()));
    return a;
  }

  private static String text(SessionState s, String id) {
    return s.text(id).map(String::strip).orElse("");
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
