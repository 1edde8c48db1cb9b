package dev.crossroads.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.Meta;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;
import dev.crossroads.decision.Scenario;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.money.MoneyPlan;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Writes a decision as a schema-1 profile: fields in the documented order, empty optional parts
 * left out, numbers plain. {@link ProfileReader} reads the result back to an equal decision.
 */
public final class ProfileWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  public String toJson(Decision decision) {
    return JsonPrinter.print(tree(decision));
  }

  /**
   * The whole profile: the decision, then its money view (if any), then what the person said
   * about money counted twice (if anything), as the last fields.
   */
  public String toJson(Profile profile) {
    return JsonPrinter.print(tree(profile));
  }

  /** The whole profile as saved under {@code name}, which goes in its {@code "name"} field. */
  public String toJson(Profile profile, String name) {
    return JsonPrinter.print(NameField.withName(tree(profile), name));
  }

  private ObjectNode tree(Profile profile) {
    ObjectNode root = tree(profile.decision());
    profile.money().ifPresent(plan -> root.set("money", MoneyWriter.tree(plan)));
    profile.money().flatMap(MoneyPlan::overlap)
        .ifPresent(choice -> root.set(OverlapParser.FIELD, MoneyWriter.overlap(choice)));
    return root;
  }

  ObjectNode tree(Decision d) {
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", ProfileParser.SCHEMA);
    root.put("title", d.title());
    root.put("language", d.language());
    Meta meta = d.meta();
    if (!meta.templateId().isEmpty()) {
      root.put("template", meta.templateId());
    }
    meta.deadline().ifPresent(date -> root.put("deadline", date.toString()));
    meta.reviewDate().ifPresent(date -> root.put("reviewDate", date.toString()));
    ArrayNode options = root.putArray("options");
    for (Option o : d.options()) {
      options.addObject().put("id", o.id()).put("label", o.label());
    }
    ArrayNode criteria = root.putArray("criteria");
    for (Criterion c : d.criteria()) {
      criteria.add(criterion(c));
    }
    if (!d.gates().isEmpty()) {
      ArrayNode gates = root.putArray("gates");
      for (Gate g : d.gates()) {
        ObjectNode gate = gates.addObject().put("criterion", g.criterionId());
        putIfPresent(gate, "atLeast", g.atLeast());
        putIfPresent(gate, "atMost", g.atMost());
      }
    }
    root.set("weights", weights(d.weights()));
    root.set("ratings", ratings(d.ratings()));
    if (!meta.gutRanking().isEmpty()) {
      ArrayNode gut = root.putArray("gutRanking");
      meta.gutRanking().forEach(gut::add);
    }
    if (!d.reflections().isEmpty()) {
      ObjectNode reflections = root.putObject("reflections");
      d.reflections().forEach(reflections::put);
    }
    if (!d.scenarios().isEmpty()) {
      ArrayNode scenarios = root.putArray("scenarios");
      for (Scenario s : d.scenarios()) {
        ObjectNode scenario = scenarios.addObject().put("name", s.name());
        if (!s.description().isEmpty()) {
          scenario.put("description", s.description());
        }
        s.weights().ifPresent(w -> scenario.set("weights", weights(w)));
        if (!s.ratings().isEmpty()) {
          scenario.set("ratings", ratings(s.ratings()));
        }
      }
    }
    return root;
  }

  private static ObjectNode criterion(Criterion c) {
    ObjectNode node = NODES.objectNode().put("id", c.id()).put("label", c.label());
    if (!c.description().isEmpty()) {
      node.put("description", c.description());
    }
    node.put("direction", c.isBenefit() ? "benefit" : "cost");
    ObjectNode scale = node.putObject("scale");
    if (c.scale() instanceof RatingScale r) {
      scale.put("type", "rating").put("min", r.min()).put("max", r.max());
    } else {
      QuantityScale q = (QuantityScale) c.scale();
      scale.put("type", "quantity").put("unit", q.unit());
      putIfPresent(scale, "worst", q.worst());
      putIfPresent(scale, "best", q.best());
    }
    return node;
  }

  private static ObjectNode weights(WeightInput input) {
    if (input instanceof WeightInput.Shared s) {
      ObjectNode node = weights(s.rest());
      ObjectNode share = node.putObject("share").put("criterion", s.criterion())
          .put("percent", s.percent());
      if (!s.without().isEmpty()) {
        ArrayNode without = share.putArray("without");
        s.without().forEach(without::add);
      }
      return node;
    }
    ObjectNode node = NODES.objectNode();
    if (input instanceof WeightInput.Points p) {
      node.put("method", "points").set("points", amounts(p.points()));
    } else if (input instanceof WeightInput.Direct d) {
      node.put("method", "direct").set("weights", amounts(d.weights()));
    } else if (input instanceof WeightInput.RankOrder r) {
      ArrayNode order = node.put("method", "rank").putArray("order");
      r.order().forEach(order::add);
    } else {
      ArrayNode judgements = node.put("method", "pairwise").putArray("judgements");
      for (WeightInput.Judgement j : ((WeightInput.Pairwise) input).judgements()) {
        judgements.addObject().put("a", j.a()).put("b", j.b()).put("ratio", j.ratio());
      }
    }
    return node;
  }

  private static ObjectNode amounts(Map<String, Double> amounts) {
    ObjectNode node = NODES.objectNode();
    amounts.forEach(node::put);
    return node;
  }

  private static ObjectNode ratings(Map<String, Map<String, Rating>> table) {
    ObjectNode node = NODES.objectNode();
    table.forEach(
        (option, row) -> {
          ObjectNode cells = node.putObject(option);
          row.forEach((criterion, rating) -> cells.set(criterion, rating(rating)));
        });
    return node;
  }

  private static JsonNode rating(Rating rating) {
    if (rating instanceof Rating.Range r) {
      ObjectNode range = NODES.objectNode().put("low", r.low());
      putIfPresent(range, "likely", r.likely());
      return range.put("high", r.high());
    }
    return NODES.numberNode(rating.central());
  }

  private static void putIfPresent(ObjectNode node, String name, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(name, value.getAsDouble());
    }
  }
}
