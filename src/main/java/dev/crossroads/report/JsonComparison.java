package dev.crossroads.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** A {@link Comparison} as JSON for scripts; {@code format} names the contract's version. */
public final class JsonComparison {
  public static final String FORMAT = "crossroads.compare/1";

  public String render(Comparison c) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeStringField("title", c.title());
      json.writeArrayFieldStart("columns");
      for (Comparison.Column column : c.columns()) {
        json.writeStartObject();
        json.writeStringField("name", column.name());
        json.writeStringField("description", column.description());
        json.writeStringField("winner", column.winnerId());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("options");
      for (Comparison.Row row : c.rows()) {
        json.writeStartObject();
        json.writeStringField("id", row.optionId());
        json.writeStringField("label", row.label());
        json.writeArrayFieldStart("scores");
        for (double s : row.scores()) {
          json.writeNumber(s);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("ranks");
        for (int r : row.ranks()) {
          json.writeNumber(r);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("changes");
      for (Comparison.Change change : c.changes()) {
        json.writeStartObject();
        json.writeStringField("scenario", change.scenario());
        json.writeBooleanField("winnerChanged", change.winnerChanged());
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
