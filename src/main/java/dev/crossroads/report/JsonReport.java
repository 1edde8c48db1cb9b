package dev.crossroads.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.DealbreakerRisk;
import dev.crossroads.analysis.InformationValue;
import dev.crossroads.analysis.UncertainInput;
import dev.crossroads.analysis.ValueOfInformation;
import dev.crossroads.analysis.Verdict;
import dev.crossroads.analysis.MethodRanking;
import dev.crossroads.analysis.OptionOdds;
import dev.crossroads.analysis.RankedOption;
import dev.crossroads.analysis.RatingChange;
import dev.crossroads.analysis.WeightInterval;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.weighting.Consistency;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The analysis as JSON for scripts. The shape is a contract, documented in
 * docs/analyze-json.md: fields may be added in a compatible way, never renamed or removed
 * without a new {@code format} version.
 */
public final class JsonReport {
  public static final String FORMAT = "crossroads.analysis/2";

  private final JsonFactory factory = new JsonFactory();

  public String render(Decision decision, AnalysisResult result) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.setCharacterEscapes(new JsonEscapes());
      json.useDefaultPrettyPrinter();
      write(json, decision, result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private void write(JsonGenerator json, Decision decision, AnalysisResult result)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("format", FORMAT);
    json.writeStringField("title", decision.title());
    json.writeStringField("language", decision.language());
    MethodRanking wsm = result.method("wsm").orElseThrow();
    json.writeStringField("winner", wsm.winner());
    verdict(json, result.verdict());

    json.writeArrayFieldStart("options");
    for (Option option : decision.options()) {
      json.writeStartObject();
      json.writeStringField("id", option.id());
      json.writeStringField("label", option.label());
      List<Gate> failed = result.failedGates().getOrDefault(option.id(), List.of());
      json.writeBooleanField("passesGates", failed.isEmpty());
      json.writeArrayFieldStart("failedGates");
      for (Gate gate : failed) {
        json.writeStartObject();
        json.writeStringField("criterion", gate.criterionId());
        gateLimits(json, gate);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();

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
      json.writeArrayFieldStart("ranking");
      for (RankedOption row : method.ranking()) {
        json.writeStartObject();
        json.writeStringField("option", row.optionId());
        json.writeNumberField("score", row.score());
        json.writeNumberField("rank", row.rank());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndObject();

    json.writeObjectFieldStart("agreement");
    json.writeBooleanField("winner", result.methodsAgreeOnWinner());
    json.writeBooleanField("ranking", result.methodsAgreeOnRanking());
    json.writeEndObject();

    json.writeObjectFieldStart("sensitivity");
    json.writeArrayFieldStart("weights");
    for (WeightInterval interval : result.sensitivity().weights()) {
      json.writeStartObject();
      json.writeStringField("criterion", interval.criterionId());
      json.writeNumberField("weight", interval.weight());
      json.writeNumberField("low", interval.low());
      json.writeNumberField("high", interval.high());
      optionalString(json, "takeoverBelow", interval.takeoverBelow());
      optionalString(json, "takeoverAbove", interval.takeoverAbove());
      json.writeEndObject();
    }
    json.writeEndArray();
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
    json.writeArrayFieldStart("options");
    for (OptionOdds odds : result.robustness().options()) {
      json.writeStartObject();
      json.writeStringField("option", odds.optionId());
      json.writeNumberField("probabilityFirst", odds.probabilityFirst());
      json.writeNumberField("standardError", odds.standardError());
      json.writeNumberField("meanRank", odds.meanRank());
      json.writeNumberField("probabilityFailsDealbreaker", odds.probabilityFailsGate());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeNumberField("probabilityNonePasses", result.robustness().probabilityNonePasses());
    json.writeEndObject();

    json.writeArrayFieldStart("dealbreakerRisks");
    for (DealbreakerRisk risk : result.dealbreakerRisks()) {
      json.writeStartObject();
      json.writeStringField("option", risk.optionId());
      json.writeStringField("criterion", risk.criterionId());
      gateLimits(json, risk.gate());
      json.writeNumberField("low", risk.low());
      json.writeNumberField("central", risk.central());
      json.writeNumberField("high", risk.high());
      json.writeBooleanField("failsOnCentral", risk.failsOnCentral());
      json.writeNumberField("probabilityFails", risk.chanceFails());
      json.writeEndObject();
    }
    json.writeEndArray();
    valueOfInformation(json, result.valueOfInformation());

    json.writeEndObject();
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
    json.writeArrayFieldStart("inputs");
    for (InformationValue input : v.inputs()) {
      json.writeStartObject();
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
      optionalString(json, "switchesTo", input.switchesTo());
      json.writeBooleanField("changesChoice", input.changesChoice());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** The verdict value as decided by the analysis; see docs/verdict.md for the rule. */
  private static void verdict(JsonGenerator json, Verdict v) throws IOException {
    json.writeObjectFieldStart("verdict");
    json.writeStringField("kind", v.kind().id());
    json.writeStringField("reason", v.reason().id());
    optionalString(json, "leader", v.leader());
    optionalString(json, "runnerUp", v.runnerUp());
    json.writeNumberField("chanceFirst", v.chanceFirst());
    optionalString(json, "rival", v.rival());
    json.writeNumberField("rivalChanceFirst", v.rivalChance());
    json.writeNumberField("leaderProbabilityFailsDealbreaker", v.leaderChanceFailsDealbreaker());
    json.writeArrayFieldStart("tied");
    for (String id : v.tied()) {
      json.writeString(id);
    }
    json.writeEndArray();
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
      optionalString(json, "newLeader", c.newWinner());
      json.writeEndObject();
    }
    optionalString(json, "closest", v.closest());
    json.writeArrayFieldStart("closestNeeds");
    for (Verdict.Shortfall need : v.closestNeeds()) {
      json.writeStartObject();
      json.writeStringField("criterion", need.criterionId());
      json.writeNumberField("value", need.value());
      json.writeNumberField("limit", need.limit());
      json.writeEndObject();
    }
    json.writeEndArray();
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
    optionalString(json, "newWinner", change.newWinner());
    json.writeEndObject();
  }

  private static void optionalString(JsonGenerator json, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeStringField(field, value.get());
    } else {
      json.writeNullField(field);
    }
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
