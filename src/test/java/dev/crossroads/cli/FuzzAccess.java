package dev.crossroads.cli;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Scenario;
import java.util.List;

/** What the fuzzer (dev.crossroads.fuzz) reaches of the command line that is not public. */
public final class FuzzAccess {
  private FuzzAccess() {}

  /** The scenario {@code scenario add NAME --set ...} would save, checked as the command checks it. */
  public static Scenario scenario(Decision decision, List<String> sets) {
    return ScenarioSettings.build(decision, "fuzz", "", sets);
  }
}
