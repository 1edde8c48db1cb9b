package dev.crossroads.analysis;

import dev.crossroads.Present;
import dev.crossroads.decision.Gate;
import dev.crossroads.weighting.Consistency;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the analysis says about one decision, computed from the decision alone.
 *
 * @param weights normalised weights (summing to 1) by criterion id, in criterion order
 * @param consistency the AHP consistency figures when the weights came from pairwise judgements
 * @param failedGates for every option id (in option order) the gates its central rating fails;
 *     an empty list means it passes them all
 * @param allOptionsFailGates true when no option passes every gate: the methods then rank all
 *     options by score, all of them marked
 * @param methods one ranking per method, in the analyzer's method order
 * @param methodsAgreeOnWinner every method ranks the same option first
 * @param methodsAgreeOnRanking every method gives the same full order
 * @param sensitivity what would change the weighted-sum winner
 * @param robustness the Monte Carlo odds of ranking first
 * @param verdict the one answer every renderer prints
 * @param dealbreakerRisks every option whose rating range reaches past a dealbreaker's limit
 * @param valueOfInformation what knowing each uncertain input before choosing would be worth,
 *     from the same draws as {@code robustness}
 */
public record AnalysisResult(
    Map<String, Double> weights,
    Optional<Consistency> consistency,
    Map<String, List<Gate>> failedGates,
    boolean allOptionsFailGates,
    List<MethodRanking> methods,
    boolean methodsAgreeOnWinner,
    boolean methodsAgreeOnRanking,
    Sensitivity sensitivity,
    Robustness robustness,
    Verdict verdict,
    List<DealbreakerRisk> dealbreakerRisks,
    ValueOfInformation valueOfInformation) {
  public AnalysisResult {
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    Objects.requireNonNull(consistency, "consistency");
    LinkedHashMap<String, List<Gate>> gates = new LinkedHashMap<>();
    failedGates.forEach((k, v) -> gates.put(k, List.copyOf(v)));
    failedGates = Collections.unmodifiableMap(gates);
    methods = List.copyOf(methods);
    Present.all("sensitivity", sensitivity, "robustness", robustness, "verdict", verdict);
    dealbreakerRisks = List.copyOf(dealbreakerRisks);
    Objects.requireNonNull(valueOfInformation, "valueOfInformation");
  }

  public Optional<MethodRanking> method(String methodId) {
    return methods.stream().filter(m -> m.methodId().equals(methodId)).findFirst();
  }

  public boolean passesGates(String optionId) {
    List<Gate> failed = failedGates.get(optionId);
    return failed != null && failed.isEmpty();
  }
}
