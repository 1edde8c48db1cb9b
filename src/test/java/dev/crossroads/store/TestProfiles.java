package dev.crossroads.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Small complete decisions for store and command tests, told apart by their titles. */
public final class TestProfiles {
  private TestProfiles() {}

  public static Decision decision(String title) {
    return Decision.of(
        title,
        List.of(new Option("grad", "Grad school"), new Option("job", "Startup job")),
        List.of(
            Criterion.rating("growth", "Growth", Direction.BENEFIT),
            Criterion.rating("pay", "Pay", Direction.BENEFIT)),
        new WeightInput.Points(Map.of("growth", 60.0, "pay", 40.0)),
        Map.of(
            "grad", Map.of("growth", Rating.of(8), "pay", Rating.of(4)),
            "job", Map.of("growth", Rating.of(6), "pay", Rating.of(7))));
  }

  /**
   * The decision of {@link #decision} with four reflections of 1,900 characters: over 7 kB of
   * JSON, every part of it within the limits of docs/limits.md.
   */
  public static Decision big(String title) {
    Decision small = decision(title);
    Map<String, String> reflections = new java.util.LinkedHashMap<>();
    for (int i = 1; i <= 4; i++) {
      reflections.put("note-" + i, title + " " + "x".repeat(1900));
    }
    return new Decision(
        small.title(), small.language(), small.options(), small.criteria(), small.gates(),
        small.weights(), small.ratings(), reflections, small.scenarios(), small.meta());
  }

  public static String json(String title) {
    return ProfileCodec.standard().toJson(decision(title));
  }

  /**
   * The same profile in the synthetic format 0 (see {@link WeightsAsMethod}): {@code weights} a
   * plain map of points.
   */
  public static String v0Json(String title) {
    ObjectMapper mapper = new ObjectMapper();
    try {
      ObjectNode tree = (ObjectNode) mapper.readTree(json(title));
      tree.put("schemaVersion", 0);
      tree.set("weights", tree.get("weights").get("points"));
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
