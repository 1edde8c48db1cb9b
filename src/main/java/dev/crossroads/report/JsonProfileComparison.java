package dev.crossroads.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/** A {@link ProfileComparison} as JSON; weights, scores and shares are 0..1. */
public final class JsonProfileComparison {
  public static final String FORMAT = "crossroads.compare-profiles/1";

  public String render(ProfileComparison c) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.setCharacterEscapes(new JsonEscapes());
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeStringField("title", c.title());
      json.writeArrayFieldStart("profiles");
      writeSide(json, c.left(), c.leftWinner());
      writeSide(json, c.right(), c.rightWinner());
      json.writeEndArray();
      json.writeArrayFieldStart("weights");
      for (ProfileComparison.WeightRow w : c.weights()) {
        json.writeStartObject();
        json.writeStringField("criterion", w.criterionId());
        json.writeNumberField("left", w.left());
        json.writeNumberField("right", w.right());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("ratings");
      for (ProfileComparison.RatingRow r : c.ratings()) {
        json.writeStartObject();
        json.writeStringField("option", r.optionId());
        json.writeStringField("criterion", r.criterionId());
        json.writeStringField("left", r.leftText());
        json.writeStringField("right", r.rightText());
        json.writeNumberField("shareOfScale", r.share());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("options");
      for (ProfileComparison.RankRow r : c.ranking()) {
        json.writeStartObject();
        json.writeStringField("id", r.optionId());
        json.writeStringField("label", r.label());
        json.writeNumberField("leftScore", r.leftScore());
        json.writeNumberField("leftRank", r.leftRank());
        json.writeStringField("leftMark", r.leftMark().name().toLowerCase(Locale.ROOT));
        json.writeNumberField("rightScore", r.rightScore());
        json.writeNumberField("rightRank", r.rightRank());
        json.writeStringField("rightMark", r.rightMark().name().toLowerCase(Locale.ROOT));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("takeaways");
      for (String t : c.takeaways()) {
        json.writeString(t);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void writeSide(JsonGenerator json, String name, ProfileComparison.Side side)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("name", name);
    if (side.winnerId().isEmpty()) {
      json.writeNullField("winner");
    } else {
      json.writeStringField("winner", side.winnerId());
    }
    json.writeBooleanField("tie", side.tie());
    json.writeStringField("verdict", side.verdictKind());
    json.writeEndObject();
  }
}
