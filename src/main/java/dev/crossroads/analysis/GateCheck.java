package dev.crossroads.analysis;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.Rating;
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

  /**
   * Every (option, gate) where the option's rating range crosses the gate's limit (some values in
   * it pass, some fail), with the Monte Carlo's share of draws that failed it; in option order,
   * then gate order.
   */
  static List<DealbreakerRisk> risks(Decision decision, Robustness robustness) {
    List<DealbreakerRisk> out = new ArrayList<>();
    List<Gate> gates = decision.gates();
    for (GateOdds odds : robustness.gates()) {
      Gate gate = gates.get(odds.gateIndex());
      Rating rating = decision.rating(odds.optionId(), gate.criterionId());
      // A range that crosses a limit: some of its values pass and some fail. A rating that fails
      // whatever value it takes is no risk but a certainty, and the ranking marks it already.
      boolean belowMinimum =
          gate.atLeast().isPresent()
              && rating.low() < gate.atLeast().getAsDouble()
              && rating.high() >= gate.atLeast().getAsDouble();
      boolean aboveMaximum =
          gate.atMost().isPresent()
              && rating.high() > gate.atMost().getAsDouble()
              && rating.low() <= gate.atMost().getAsDouble();
      if (belowMinimum || aboveMaximum) {
        out.add(
            new DealbreakerRisk(
                odds.optionId(),
                gate.criterionId(),
                gate,
                rating.low(),
                rating.central(),
                rating.high(),
                !gate.passes(rating.central()),
                belowMinimum,
                aboveMaximum,
                odds.probabilityFails()));
      }
    }
    return out;
  }
}
