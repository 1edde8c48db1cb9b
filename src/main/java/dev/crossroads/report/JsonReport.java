package dev.crossroads.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.UncertainInput;
import dev.crossroads.analysis.ValueOfInformation;
import dev.crossroads.analysis.Verdict;
import dev.crossroads.analysis.MethodRanking;
import dev.crossroads.analysis.RatingChange;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.weighting.Consistency;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The analysis as JSON for scripts. The shape is a contract, documented in
 * docs/analyze-json.md: fields may be added in a compatible way, never renamed or removed
 * without a new {@code format} version.
 */
public final class JsonReport {
  public static final String FORMAT = "crossroads.analysis/2";

  public String render(Decision decision, AnalysisResult result) {
    return JsonDocument.write(FORMAT, decision.title(), json -> write(json, decision, result));
  }

  private static void write(JsonGenerator json, Decision decision, AnalysisResult result)
      throws IOException {
    json.writeStringField("language", decision.language());
    MethodRanking wsm = result.method("wsm").orElseThrow();
    json.writeStringField("winner", wsm.winner());
    verdict(json, result.verdict());

    JsonDocument.objects(json, "options", decision.options(), option -> {
      json.writeStringField("id", option.id());
      json.writeStringField("label", option.label());
      List<Gate> failed = result.failedGates().getOrDefault(option.id(), List.of());
      json.writeBooleanField("passesGates", failed.isEmpty());
      JsonDocument.objects(json, "failedGates", failed, gate -> {
        json.writeStringField("criterion", gate.criterionId());
        gateLimits(json, gate);
      });
    });

    json.writeObjectFieldStart("weights");
    for (var entry : result.weights().entrySet()) {
      json.writeNumberField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();

    json.writeObjectFieldStart("weighting");
    json.writeStringField("method", methodName(decision.weights()));
    Optional<Consistency> consistency = result.consistency();
    if (consistency.isPresent()) {
      Consistency c = consistency.get();
      json.writeNumberField("consistencyRatio", c.consistencyRatio());
      json.writeNumberField("consistencyIndex", c.consistencyIndex());
      json.writeNumberField("lambdaMax", c.lambdaMax());
      json.writeBooleanField("acceptable", c.acceptable());
      if (c.worstJudgement().isPresent()) {
        var fix = c.worstJudgement().get();
        json.writeObjectFieldStart("worstJudgement");
        json.writeStringField("a", fix.a());
        json.writeStringField("b", fix.b());
        json.writeNumberField("given", fix.given());
        json.writeNumberField("suggested", fix.suggested());
        json.writeEndObject();
      }
    }
    json.writeEndObject();

    json.writeObjectFieldStart("methods");
    for (MethodRanking method : result.methods()) {
      json.writeObjectFieldStart(method.methodId());
      json.writeStringField("winner", method.winner());
      JsonDocument.objects(json, "ranking", method.ranking(), row -> {
        json.writeStringField("option", row.optionId());
        json.writeNumberField("score", row.score());
        json.writeNumberField("rank", row.rank());
      });
      json.writeEndObject();
    }
    json.writeEndObject();

    json.writeObjectFieldStart("agreement");
    json.writeBooleanField("winner", result.methodsAgreeOnWinner());
    json.writeBooleanField("ranking", result.methodsAgreeOnRanking());
    json.writeEndObject();

    json.writeObjectFieldStart("sensitivity");
    JsonDocument.objects(json, "weights", result.sensitivity().weights(), interval -> {
      json.writeStringField("criterion", interval.criterionId());
      json.writeNumberField("weight", interval.weight());
      json.writeNumberField("low", interval.low());
      json.writeNumberField("high", interval.high());
      JsonDocument.optional(json, "takeoverBelow", interval.takeoverBelow());
      JsonDocument.optional(json, "takeoverAbove", interval.takeoverAbove());
    });
    json.writeFieldName("smallestRatingChange");
    if (result.sensitivity().smallestRatingChange().isPresent()) {
      ratingChange(json, result.sensitivity().smallestRatingChange().get());
    } else {
      json.writeNull();
    }
    json.writeArrayFieldStart("ratingChanges");
    for (RatingChange change : result.sensitivity().ratingChanges()) {
      ratingChange(json, change);
    }
    json.writeEndArray();
    json.writeEndObject();

    json.writeObjectFieldStart("monteCarlo");
    json.writeNumberField("seed", result.robustness().seed());
    json.writeNumberField("draws", result.robustness().draws());
    json.writeNumberField("weightSpread", result.robustness().weightSpread());
    JsonDocument.objects(json, "options", result.robustness().options(), odds -> {
      json.writeStringField("option", odds.optionId());
      json.writeNumberField("probabilityFirst", odds.probabilityFirst());
      json.writeNumberField("standardError", odds.standardError());
      json.writeNumberField("meanRank", odds.meanRank());
      json.writeNumberField("probabilityFailsDealbreaker", odds.probabilityFailsGate());
    });
    json.writeNumberField("probabilityNonePasses", result.robustness().probabilityNonePasses());
    json.writeEndObject();

    JsonDocument.objects(json, "dealbreakerRisks", result.dealbreakerRisks(), risk -> {
      json.writeStringField("option", risk.optionId());
      json.writeStringField("criterion", risk.criterionId());
      gateLimits(json, risk.gate());
      json.writeNumberField("low", risk.low());
      json.writeNumberField("central", risk.central());
      json.writeNumberField("high", risk.high());
      json.writeBooleanField("failsOnCentral", risk.failsOnCentral());
      json.writeNumberField("probabilityFails", risk.chanceFails());
    });
    valueOfInformation(json, result.valueOfInformation());
  }

  /** What knowing each uncertain input first is worth, most valuable first (docs/analyze-json.md). */
  private static void valueOfInformation(JsonGenerator json, ValueOfInformation v)
      throws IOException {
    json.writeObjectFieldStart("valueOfInformation");
    json.writeStringField("baseline", v.baseline());
    json.writeNumberField("baselineWorth", v.baselineWorth());
    json.writeNumberField("perfectInformation", v.perfectInformation());
    json.writeNumberField("perfectInformationError", v.perfectInformationError());
    json.writeNumberField("draws", v.draws());
    json.writeNumberField("groups", v.bins());
    json.writeNumberField("errors", ValueOfInformation.ERRORS);
    JsonDocument.objects(json, "inputs", v.inputs(), input -> {
      if (input.input() instanceof UncertainInput.OfRating rating) {
        json.writeStringField("type", "rating");
        json.writeStringField("option", rating.optionId());
        json.writeStringField("criterion", rating.criterionId());
      } else {
        json.writeStringField("type", "weight");
        json.writeStringField("criterion", ((UncertainInput.OfWeight) input.input()).criterionId());
      }
      json.writeNumberField("value", input.value());
      json.writeNumberField("standardError", input.standardError());
      json.writeNumberField("chanceChanges", input.chanceChanges());
      JsonDocument.optional(json, "switchesTo", input.switchesTo());
      json.writeBooleanField("changesChoice", input.changesChoice());
    });
    json.writeEndObject();
  }

  /** The verdict value as decided by the analysis; see docs/verdict.md for the rule. */
  private static void verdict(JsonGenerator json, Verdict v) throws IOException {
    json.writeObjectFieldStart("verdict");
    json.writeStringField("kind", v.kind().id());
    json.writeStringField("reason", v.reason().id());
    JsonDocument.optional(json, "leader", v.leader());
    JsonDocument.optional(json, "runnerUp", v.runnerUp());
    json.writeNumberField("chanceFirst", v.chanceFirst());
    JsonDocument.optional(json, "rival", v.rival());
    json.writeNumberField("rivalChanceFirst", v.rivalChance());
    json.writeNumberField("leaderProbabilityFailsDealbreaker", v.leaderChanceFailsDealbreaker());
    JsonDocument.texts(json, "tied", v.tied());
    json.writeFieldName("overturn");
    if (v.overturn().isEmpty()) {
      json.writeNull();
    } else if (v.overturn().get() instanceof Verdict.Overturn.ByWeight w) {
      json.writeStartObject();
      json.writeStringField("type", "weight");
      json.writeStringField("criterion", w.change().criterionId());
      json.writeNumberField("from", w.change().from());
      json.writeNumberField("to", w.change().to());
      json.writeStringField("newLeader", w.change().newWinner());
      json.writeEndObject();
    } else {
      RatingChange c = ((Verdict.Overturn.ByRating) v.overturn().get()).change();
      json.writeStartObject();
      json.writeStringField("type", "rating");
      json.writeStringField("option", c.optionId());
      json.writeStringField("criterion", c.criterionId());
      json.writeNumberField("from", c.from());
      json.writeNumberField("to", c.to());
      JsonDocument.optional(json, "newLeader", c.newWinner());
      json.writeEndObject();
    }
    JsonDocument.optional(json, "closest", v.closest());
    JsonDocument.objects(json, "closestNeeds", v.closestNeeds(), need -> {
      json.writeStringField("criterion", need.criterionId());
      json.writeNumberField("value", need.value());
      json.writeNumberField("limit", need.limit());
    });
    json.writeObjectFieldStart("thresholds");
    json.writeNumberField("clearChance", v.thresholds().clearChance());
    json.writeNumberField("likelyChance", v.thresholds().likelyChance());
    json.writeNumberField("weightMargin", v.thresholds().weightMargin());
    json.writeNumberField("tie", v.thresholds().tie());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void gateLimits(JsonGenerator json, Gate gate) throws IOException {
    if (gate.atLeast().isPresent()) {
      json.writeNumberField("atLeast", gate.atLeast().getAsDouble());
    }
    if (gate.atMost().isPresent()) {
      json.writeNumberField("atMost", gate.atMost().getAsDouble());
    }
  }

  private static void ratingChange(JsonGenerator json, RatingChange change) throws IOException {
    json.writeStartObject();
    json.writeStringField("option", change.optionId());
    json.writeStringField("criterion", change.criterionId());
    json.writeNumberField("from", change.from());
    json.writeNumberField("to", change.to());
    json.writeNumberField("fractionOfSpan", change.fractionOfSpan());
    JsonDocument.optional(json, "newWinner", change.newWinner());
    json.writeEndObject();
  }

  static String methodName(WeightInput input) {
    if (input instanceof WeightInput.Shared s) {
      return methodName(s.rest());
    }
    if (input instanceof WeightInput.Points) {
      return "points";
    }
    if (input instanceof WeightInput.Direct) {
      return "direct";
    }
    if (input instanceof WeightInput.RankOrder) {
      return "rank";
    }
    return "pairwise";
  }
}
