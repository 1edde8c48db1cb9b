package dev.crossroads.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossroads.decision.JournalEntry;
import dev.crossroads.decision.NextStep;
import dev.crossroads.decision.Plan;
import java.util.List;

/**
 * The plan and the journal as profile JSON, in the order of docs/profile-format.md; parts the
 * person left out are not written. {@link PlanParser} and {@link JournalParser} read them back.
 */
final class PlanWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PlanWriter() {}

  static ObjectNode plan(Plan plan) {
    ObjectNode node = NODES.objectNode();
    putText(node, "a", plan.a());
    putText(node, "b", plan.b());
    putText(node, "z", plan.z());
    if (!plan.steps().isEmpty()) {
      ArrayNode steps = node.putArray("steps");
      for (NextStep step : plan.steps()) {
        steps.addObject().put("what", step.what()).put("by", step.by().toString());
      }
    }
    putText(node, "signals", plan.signals());
    return node;
  }

  static ArrayNode journal(List<JournalEntry> entries) {
    ArrayNode list = NODES.arrayNode();
    for (JournalEntry e : entries) {
      ObjectNode entry = list.addObject().put("date", e.date().toString());
      e.chose().ifPresent(c -> entry.put("chose", c));
      e.outcome().ifPresent(o -> entry.put("outcome", o));
      putText(entry, "learned", e.learned());
      e.hindsight().ifPresent(h -> entry.put("hindsight", h.id()));
      e.gutFirst().ifPresent(g -> entry.put("gutFirst", g));
      e.modelFirst().ifPresent(m -> entry.put("modelFirst", m));
      e.modelChance().ifPresent(c -> entry.put("modelChance", c));
    }
    return list;
  }

  private static void putText(ObjectNode node, String name, String text) {
    if (!text.isBlank()) {
      node.put(name, text);
    }
  }
}
