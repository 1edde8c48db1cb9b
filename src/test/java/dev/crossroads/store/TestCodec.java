package dev.crossroads.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.Message;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.WeightInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small stand-in for the real profile format (title, options, criteria, points weights), so
 * the store can be tested on its own. It fails the way the real reader does: a {@link Failure}
 * with {@link ExitCode#DATA} naming the source.
 */
public final class TestCodec implements ProfileCodec {
  private final ObjectMapper mapper = new ObjectMapper();

  public static Decision decision(String title) {
    return Decision.of(
        title,
        List.of(new Option("grad", "Grad school"), new Option("job", "Startup job")),
        List.of(
            Criterion.rating("growth", "Growth", Direction.BENEFIT),
            Criterion.rating("pay", "Pay", Direction.BENEFIT)),
        new WeightInput.Points(Map.of("growth", 60.0, "pay", 40.0)),
        Map.of());
  }

  @Override
  public Decision parse(String json, String sourceName) {
    JsonNode tree;
    try {
      tree = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw invalid(sourceName, "not JSON");
    }
    JsonNode title = tree.path("title");
    if (!title.isTextual()) {
      throw invalid(sourceName, "title must be text");
    }
    JsonNode weights = tree.path("weights");
    if (!"points".equals(weights.path("method").asText())) {
      throw invalid(sourceName, "weights.method must be points");
    }
    Map<String, Double> points = new LinkedHashMap<>();
    weights.path("points").fields().forEachRemaining(e -> points.put(e.getKey(), e.getValue().asDouble()));
    List<Option> options = new ArrayList<>();
    tree.path("options").forEach(o -> options.add(new Option(o.path("id").asText(), o.path("label").asText())));
    List<Criterion> criteria = new ArrayList<>();
    tree.path("criteria")
        .forEach(
            c ->
                criteria.add(
                    Criterion.rating(c.path("id").asText(), c.path("label").asText(), Direction.BENEFIT)));
    return Decision.of(title.asText(), options, criteria, new WeightInput.Points(points), Map.of());
  }

  @Override
  public String toJson(Decision decision) {
    ObjectNode root = mapper.createObjectNode();
    root.put("schemaVersion", SchemaMigration.CURRENT);
    root.put("title", decision.title());
    decision.options().forEach(o -> root.withArray("options").addObject().put("id", o.id()).put("label", o.label()));
    decision.criteria().forEach(c -> root.withArray("criteria").addObject().put("id", c.id()).put("label", c.label()));
    ObjectNode weights = root.putObject("weights");
    weights.put("method", "points");
    ObjectNode points = weights.putObject("points");
    if (decision.weights() instanceof WeightInput.Points p) {
      p.points().forEach(points::put);
    }
    return root.toPrettyString() + "\n";
  }

  private static Failure invalid(String source, String why) {
    return new Failure(ExitCode.DATA, Message.of("profiles.invalidJson", source, "1", "1", why));
  }
}
