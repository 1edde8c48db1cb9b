package dev.crossroads.weighting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.WeightInput.Judgement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads src/test/resources/reference/mcda-published-examples.json, the published worked examples
 * with their sources (see each entry's "source").
 */
public final class PublishedExamples {
  private PublishedExamples() {}

  public static JsonNode example(String name) {
    try (InputStream in =
        PublishedExamples.class.getResourceAsStream("/reference/mcda-published-examples.json")) {
      JsonNode node = new ObjectMapper().readTree(in).get(name);
      if (node == null) {
        throw new IllegalArgumentException("no example " + name);
      }
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  public static double[][] matrix(JsonNode rows) {
    double[][] out = new double[rows.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = doubles(rows.get(i));
    }
    return out;
  }

  public static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** "1/9" -> 0.111..., "3" -> 3. */
  public static double fraction(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Double.parseDouble(text);
    }
    return Double.parseDouble(text.substring(0, slash))
        / Double.parseDouble(text.substring(slash + 1));
  }

  public static List<Criterion> criteria(List<String> ids) {
    return ids.stream().map(id -> Criterion.rating(id, id, Direction.BENEFIT)).toList();
  }

  /** The upper triangle of a matrix of fractions, as one judgement per pair. */
  public static List<Judgement> judgements(List<String> ids, JsonNode fractions) {
    List<Judgement> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        out.add(new Judgement(ids.get(i), ids.get(j), fraction(fractions.get(i).get(j).asText())));
      }
    }
    return out;
  }

  /** Rounds to the number of decimals a source printed, for comparing with its figures. */
  public static double round(double value, int decimals) {
    return java.math.BigDecimal.valueOf(value)
        .setScale(decimals, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }

  public static double[] round(double[] values, int decimals) {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = round(values[i], decimals);
    }
    return out;
  }
}
