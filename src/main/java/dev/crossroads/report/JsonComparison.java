package dev.crossroads.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.crossroads.decision.Rating;
import java.io.IOException;

/**
 * A {@link Comparison} as JSON for scripts; {@code format} names the contract's version. Scores
 * are 0..1 as in {@code analyze --format json}; columns[0] is the base.
 */
public final class JsonComparison {
  public static final String FORMAT = "crossroads.compare/1";

  public String render(Comparison c) {
    return JsonDocument.write(FORMAT, c.title(), json -> write(json, c));
  }

  private static void write(JsonGenerator json, Comparison c) throws IOException {
    JsonDocument.objects(json, "columns", c.columns(), column -> {
      json.writeStringField("name", column.name());
      json.writeStringField("description", column.description());
      JsonDocument.id(json, "winner", column.winnerId());
      json.writeStringField("verdict", column.verdict().kind());
      json.writeNumberField("chanceFirst", column.chanceFirst());
      JsonDocument.texts(json, "tiedWithWinner", column.tiedIds());
    });
    JsonDocument.objects(json, "options", c.rows(), row -> {
      json.writeStringField("id", row.optionId());
      json.writeStringField("label", row.label());
      JsonDocument.objects(json, "cells", row.cells(), cell -> {
        json.writeNumberField("score", cell.score());
        json.writeNumberField("rank", cell.rank());
        json.writeStringField("mark", JsonDocument.name(cell.mark()));
        json.writeBooleanField("passesGates", cell.passesGates());
      });
    });
    JsonDocument.objects(json, "changes", c.changes(), change -> writeChange(json, change));
    JsonDocument.texts(json, "takeaways", c.takeaways());
  }

  private static void writeChange(JsonGenerator json, Comparison.Change change) throws IOException {
    json.writeStringField("scenario", change.scenario());
    json.writeStringField("outcome", JsonDocument.name(change.outcome()));
    json.writeBooleanField(
        "winnerChanged", change.outcome() == Comparison.Outcome.NEW_WINNER);
    JsonDocument.objects(json, "weights", change.weights(), w -> {
      json.writeStringField("criterion", w.criterionId());
      json.writeNumberField("before", w.before());
      json.writeNumberField("after", w.after());
    });
    JsonDocument.objects(json, "ratings", change.ratings(), r -> {
      json.writeStringField("option", r.optionId());
      json.writeStringField("criterion", r.criterionId());
      json.writeFieldName("before");
      if (r.before().isPresent()) {
        writeRating(json, r.before().get());
      } else {
        json.writeNull();
      }
      json.writeFieldName("after");
      writeRating(json, r.after());
    });
    JsonDocument.texts(json, "lines", change.lines());
  }

  /** A rating as in the profile format: a number, or {low, likely?, high}. */
  static void writeRating(JsonGenerator json, Rating rating) throws IOException {
    if (rating instanceof Rating.Range r) {
      json.writeStartObject();
      json.writeNumberField("low", r.low());
      if (r.likely().isPresent()) {
        json.writeNumberField("likely", r.likely().getAsDouble());
      }
      json.writeNumberField("high", r.high());
      json.writeEndObject();
    } else {
      json.writeNumber(rating.central());
    }
  }
}
