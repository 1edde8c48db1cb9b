package dev.crossroads.analysis;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.method.DecisionMatrix;
import java.util.ArrayList;
import java.util.List;

/** Which gates each option fails on its central ratings. */
final class GateCheck {
  private GateCheck() {}

  /** For each option (in order), the gates its central rating fails; empty when it passes. */
  static List<List<Gate>> failures(Decision decision, DecisionMatrix central) {
    List<List<Gate>> out = new ArrayList<>();
    for (int i = 0; i < central.optionCount(); i++) {
      List<Gate> failed = new ArrayList<>();
      for (Gate gate : decision.gates()) {
        int j = decision.criterionIndex(gate.criterionId());
        if (!gate.passes(central.raw(i, j))) {
          failed.add(gate);
        }
      }
      out.add(List.copyOf(failed));
    }
    return out;
  }

  static boolean[] passing(List<List<Gate>> failures) {
    boolean[] out = new boolean[failures.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = failures.get(i).isEmpty();
    }
    return out;
  }
}
