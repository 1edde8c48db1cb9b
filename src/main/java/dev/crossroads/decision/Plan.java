package dev.crossroads.decision;

import java.util.List;
import java.util.Objects;

/**
 * What the person means to do once the analysis has spoken: Plan A, Plan B (if A falls through),
 * Plan Z (the fallback that keeps them safe), up to {@value Limits#MAX_NEXT_STEPS} next steps with
 * dates, and the signals that would make them switch. An empty text is a part left out.
 */
public record Plan(String a, String b, String z, List<NextStep> steps, String signals) {
  public static final Plan NONE = new Plan("", "", "", List.of(), "");

  public Plan {
    a = part(a, "a");
    b = part(b, "b");
    z = part(z, "z");
    steps = List.copyOf(steps);
    signals = part(signals, "signals");
  }

  /** A part left blank is a part left out. */
  private static String part(String text, String name) {
    return Objects.requireNonNull(text, name).isBlank() ? "" : text;
  }

  /** True when the person wrote nothing of a plan. */
  public boolean isEmpty() {
    return a.isEmpty() && b.isEmpty() && z.isEmpty() && steps.isEmpty() && signals.isEmpty();
  }
}
