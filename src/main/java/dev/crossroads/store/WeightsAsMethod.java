package dev.crossroads.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Format 0 to 1. Format 0 was never released; it stands in for the first real change so the
 * migration chain is exercised by tests. In format 0, {@code "weights"} was a plain map of
 * criterion id to points ({@code {"growth": 40, "pay": 60}}); format 1 names the weighting
 * method beside the values ({@code {"method": "points", "points": {"growth": 40, "pay": 60}}}).
 */
final class WeightsAsMethod {
  static final MigrationStep STEP = new MigrationStep(0, WeightsAsMethod::apply);

  private WeightsAsMethod() {}

  static ObjectNode apply(ObjectNode tree) {
    JsonNode weights = tree.get("weights");
    if (weights instanceof ObjectNode points && !points.has("method")) {
      ObjectNode wrapped = tree.objectNode();
      wrapped.put("method", "points");
      wrapped.set("points", points);
      tree.set("weights", wrapped);
    }
    return tree;
  }
}
