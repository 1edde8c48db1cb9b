package dev.crossroads.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** A {@link ProfileComparison} as JSON; weights, scores and shares are 0..1. */
public final class JsonProfileComparison {
  public static final String FORMAT = "crossroads.compare-profiles/1";

  public String render(ProfileComparison c) {
    return JsonDocument.write(FORMAT, c.title(), json -> write(json, c));
  }

  private static void write(JsonGenerator json, ProfileComparison c) throws IOException {
    json.writeArrayFieldStart("profiles");
    writeSide(json, c.left(), c.leftWinner());
    writeSide(json, c.right(), c.rightWinner());
    json.writeEndArray();
    JsonDocument.objects(json, "weights", c.weights(), w -> {
      json.writeStringField("criterion", w.criterionId());
      json.writeNumberField("left", w.left());
      json.writeNumberField("right", w.right());
    });
    JsonDocument.objects(json, "ratings", c.ratings(), r -> {
      json.writeStringField("option", r.optionId());
      json.writeStringField("criterion", r.criterionId());
      json.writeStringField("left", r.leftText());
      json.writeStringField("right", r.rightText());
      json.writeNumberField("shareOfScale", r.share());
    });
    JsonDocument.objects(json, "options", c.ranking(), r -> {
      json.writeStringField("id", r.optionId());
      json.writeStringField("label", r.label());
      json.writeNumberField("leftScore", r.leftScore());
      json.writeNumberField("leftRank", r.leftRank());
      json.writeStringField("leftMark", JsonDocument.name(r.leftMark()));
      json.writeNumberField("rightScore", r.rightScore());
      json.writeNumberField("rightRank", r.rightRank());
      json.writeStringField("rightMark", JsonDocument.name(r.rightMark()));
    });
    JsonDocument.texts(json, "takeaways", c.takeaways());
  }

  private static void writeSide(JsonGenerator json, String name, ProfileComparison.Side side)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("name", name);
    JsonDocument.id(json, "winner", side.winnerId());
    json.writeBooleanField("tie", side.tie());
    json.writeStringField("verdict", side.verdictKind());
    json.writeEndObject();
  }
}
