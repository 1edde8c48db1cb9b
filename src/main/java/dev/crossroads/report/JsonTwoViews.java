package dev.crossroads.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** {@link TwoViews} as JSON for scripts ({@code format}: crossroads.compare-profiles/1). */
public final class JsonTwoViews {
  public static final String FORMAT = "crossroads.compare-profiles/1";

  public String render(TwoViews v) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeStringField("title", v.title());
      json.writeStringField("first", v.first());
      json.writeStringField("second", v.second());
      json.writeArrayFieldStart("weights");
      for (TwoViews.WeightRow row : v.weights()) {
        json.writeStartObject();
        json.writeStringField("criterion", row.criterionId());
        json.writeNumberField("first", row.first());
        json.writeNumberField("second", row.second());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("ratings");
      for (TwoViews.RatingRow row : v.ratings()) {
        json.writeStartObject();
        json.writeStringField("option", row.optionId());
        json.writeStringField("criterion", row.criterionId());
        json.writeNumberField("shareOfScale", row.share());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("ranking");
      for (TwoViews.RankRow row : v.ranking()) {
        json.writeStartObject();
        json.writeStringField("option", row.optionId());
        json.writeNumberField("firstScore", row.firstScore());
        json.writeNumberField("firstRank", row.firstRank());
        json.writeNumberField("secondScore", row.secondScore());
        json.writeNumberField("secondRank", row.secondRank());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }
}
