package dev.crossroads.store;

import dev.crossroads.decision.Limits;
import dev.crossroads.decision.NextStep;
import dev.crossroads.decision.Plan;
import dev.crossroads.store.FieldReader.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the optional top-level "plan" object: Plan A, B and Z, the next steps with their dates,
 * and the signals that would make the person switch. At the top level, where a crossroads that
 * predates it skips it; inside it, unknown fields are reported like everywhere else.
 */
final class PlanParser {
  static final String FIELD = "plan";
  private static final Set<String> FIELDS = Set.of("a", "b", "z", "steps", "signals");
  private static final Set<String> STEP_FIELDS = Set.of("what", "by");

  private final FieldReader in;

  PlanParser(FieldReader in) {
    this.in = in;
  }

  Optional<Plan> read(Node plan) {
    if (in.object(plan).isEmpty()) {
      return Optional.empty();
    }
    in.allowOnly(plan, FIELDS);
    String a = text(plan, "a");
    String b = text(plan, "b");
    String z = text(plan, "z");
    List<NextStep> steps = new ArrayList<>();
    for (Node item : in.array(plan, "steps", false, Limits.MAX_NEXT_STEPS).orElse(List.of())) {
      if (in.object(item).isEmpty()) {
        continue;
      }
      in.allowOnly(item, STEP_FIELDS);
      Optional<Node> whatNode = in.field(item, "what", true);
      Optional<String> what = whatNode.flatMap(in::text);
      if (what.isPresent() && what.get().isBlank()) {
        in.atValue(whatNode.get(), "store.plan.blankStep");
      }
      Optional<LocalDate> by = in.date(item, "by", true);
      if (what.isPresent() && !what.get().isBlank() && by.isPresent()) {
        steps.add(new NextStep(what.get(), by.get()));
      }
    }
    String signals = text(plan, "signals");
    return Optional.of(new Plan(a, b, z, steps, signals));
  }

  /** A part of the plan; one left blank is one left out. */
  private String text(Node plan, String name) {
    return in.text(plan, name, false).filter(t -> !t.isBlank()).orElse("");
  }
}
